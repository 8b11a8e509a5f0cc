package org.zhongshu.documents;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.RefusedException;
import org.zhongshu.proofread.Category;
import org.zhongshu.proofread.Issue;
import org.zhongshu.proofread.Severity;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The 校对 page: paste a text or upload a .docx/.txt; the text comes back with its issues
 * marked, listed beside it, to accept or ignore one by one and download corrected.
 */
@Controller
@RequestMapping("/proofread")
@PreAuthorize(ProofreadPage.BUSINESS_ROLES)
class ProofreadPage {

	/**
	 * The office's business roles: the three administrators (三员) have no business with
	 * the office's texts.
	 */
	static final String BUSINESS_ROLES = "hasAnyRole('LEADER', 'OFFICE_LEADER', 'SECRETARY', 'MEETINGS', 'SUPERVISION', "
			+ "'INFORMATION', 'DUTY', 'CONFIDENTIAL_AFFAIRS', 'LIAISON')";

	/**
	 * The categories whose issues sit on a word, which the office may add to its word
	 * list when it is written right; a mark or a number is not a word.
	 */
	private static final Set<Category> ON_WORDS = EnumSet.of(Category.TYPO, Category.NAME, Category.PHRASING);

	private final OfficeProofreader proofreader;

	private final OfficeWords words;

	ProofreadPage(OfficeProofreader proofreader, OfficeWords words) {
		this.proofreader = proofreader;
		this.words = words;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("text", "");
		model.addAttribute("longest", OfficeProofreader.LONGEST_TEXT);
		return "documents/proofread";
	}

	@PostMapping
	String check(@RequestParam(defaultValue = "") String text,
			@RequestParam(required = false) @Nullable MultipartFile file, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		model.addAttribute("longest", OfficeProofreader.LONGEST_TEXT);
		model.addAttribute("keeper", this.words.keptBy(user));
		String checked = text.replace("\r\n", "\n");
		model.addAttribute("downloadName", "校对后文本.txt");
		try {
			if (file != null && !file.isEmpty()) {
				UploadedText.Content content = UploadedText.read(file);
				checked = content.text();
				model.addAttribute("revised", content.revised());
				model.addAttribute("fileName", UploadedText.name(file));
				model.addAttribute("downloadName", UploadedText.correctedName(file, "txt"));
				model.addAttribute("wordName", content.docx() ? UploadedText.correctedName(file, "docx") : null);
			}
			model.addAttribute("text", checked);
			List<Issue> issues = this.proofreader.check(checked);
			model.addAttribute("issues", issues);
			model.addAttribute("segments", segments(checked, issues));
			model.addAttribute("categories", count(issues));
			model.addAttribute("severities", Severity.values());
			model.addAttribute("onWords", ON_WORDS);
		}
		catch (RefusedException ex) {
			model.addAttribute("text", checked);
			model.addAttribute("error", ex.getMessage());
		}
		return "documents/proofread";
	}

	/**
	 * @return the text cut at the issues, each piece marked with the issue it shows, or
	 * -1; an issue overlapping one before it is listed but not marked
	 */
	private static List<Segment> segments(String text, List<Issue> issues) {
		List<Segment> segments = new ArrayList<>();
		int at = 0;
		for (int i = 0; i < issues.size(); i++) {
			Issue issue = issues.get(i);
			if (issue.start() < at) {
				continue;
			}
			if (issue.start() > at) {
				segments.add(new Segment(text.substring(at, issue.start()), -1, null));
			}
			segments.add(new Segment(issue.original(), i, issue));
			at = issue.end();
		}
		if (at < text.length()) {
			segments.add(new Segment(text.substring(at), -1, null));
		}
		return segments;
	}

	private static Map<Category, Integer> count(List<Issue> issues) {
		Map<Category, Integer> counts = new EnumMap<>(Category.class);
		issues.forEach((issue) -> counts.merge(issue.category(), 1, Integer::sum));
		return counts;
	}

	/**
	 * A piece of the checked text.
	 *
	 * @param text the piece
	 * @param index the issue it shows, or -1 for text with none
	 * @param issue that issue
	 */
	record Segment(String text, int index, @Nullable Issue issue) {
	}

}
