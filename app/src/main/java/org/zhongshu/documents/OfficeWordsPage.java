package org.zhongshu.documents;

import org.zhongshu.platform.Actions;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.Download;
import org.zhongshu.platform.NotFoundException;
import org.zhongshu.platform.Spreadsheet;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The office's word list in the browser (本办词库): everyone who proofreads sees what the
 * proofreader leaves alone or flags because of it; the office's staff add words and take
 * them out.
 */
@Controller
@RequestMapping("/proofread/words")
@PreAuthorize(ProofreadPage.BUSINESS_ROLES)
class OfficeWordsPage {

	private final OfficeWords words;

	OfficeWordsPage(OfficeWords words) {
		this.words = words;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("words", this.words.find(q, page));
		model.addAttribute("keeper", this.words.keptBy(user));
		model.addAttribute("longestWord", OfficeWords.LONGEST_WORD);
		model.addAttribute("longestNote", OfficeWords.LONGEST_NOTE);
		model.addAttribute("mostAtOnce", OfficeWords.MOST_AT_ONCE);
		return "documents/proofread-words";
	}

	@PostMapping
	@PreAuthorize("@officeWords.keptBy(principal)")
	String add(@RequestParam(defaultValue = "") String written, @RequestParam(defaultValue = "") String correction,
			@RequestParam(defaultValue = "") String note, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		Actions.attempt(redirect, () -> this.words.add(written, correction, note, user))
			.ifPresentOrElse((added) -> redirect.addFlashAttribute("message",
					added.slip() ? "已加入易错词“%s”，校对时将提示改为“%s”。".formatted(added.written(), added.correction())
							: "已加入本办用语“%s”，校对时不再提示。".formatted(added.written())),
					() -> {
						redirect.addFlashAttribute("written", written);
						redirect.addFlashAttribute("correction", correction);
						redirect.addFlashAttribute("note", note);
					});
		return "redirect:/proofread/words";
	}

	@PostMapping("/import")
	@PreAuthorize("@officeWords.keptBy(principal)")
	String addAll(@RequestParam(defaultValue = "") String lines, @RequestParam(defaultValue = "") String note,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Actions.attempt(redirect, () -> this.words.addAll(lines, note, user))
			.ifPresentOrElse(
					(imported) -> redirect.addFlashAttribute("message", "已加入 %d 个词。".formatted(imported.added())
							+ ((imported.listed() > 0) ? "另有 %d 个词库中已有，未重复加入。".formatted(imported.listed()) : "")),
					() -> {
						redirect.addFlashAttribute("lines", lines);
						redirect.addFlashAttribute("importNote", note);
					});
		return "redirect:/proofread/words";
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@RequestParam(defaultValue = "") String q) {
		return Download.of("本办词库.xlsx", Spreadsheet.XLSX, this.words.export(q));
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize("@officeWords.keptBy(principal)")
	String remove(@PathVariable long id, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "0") int page, RedirectAttributes redirect) {
		try {
			OfficeWords.Word removed = this.words.remove(id);
			redirect.addFlashAttribute("message", "已将“%s”移出本办词库。".formatted(removed.written()));
		}
		catch (NotFoundException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/proofread/words")
			.queryParam("q", q)
			.queryParam("page", page)
			.encode()
			.toUriString();
	}

}
