package org.zhongshu.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.RefusedException;
import org.zhongshu.proofread.Issue;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/proofread}: text in, issues out, in the JSON the proofread command
 * line writes; and {@code POST /api/v1/proofread/word}: a Word .docx and the corrections
 * accepted on the 校对 page in, the document corrected out, its formatting kept, the
 * corrections written plainly or as tracked changes (修订) in the name of who sent them.
 * Open to the office's business roles, as the 校对 page is. Neither keeps what it is sent.
 */
@RestController
@RequestMapping("/api/v1/proofread")
@PreAuthorize(ProofreadPage.BUSINESS_ROLES)
class ProofreadApi {

	/**
	 * The header that tells how many corrections could not be written into the document.
	 */
	static final String SKIPPED = "X-Corrections-Skipped";

	private static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private static final int MOST_CORRECTIONS = 20_000;

	private static final int LONGEST_REPLACEMENT = 200;

	private final OfficeProofreader proofreader;

	private final Clock clock;

	ProofreadApi(OfficeProofreader proofreader, Clock clock) {
		this.proofreader = proofreader;
		this.clock = clock;
	}

	@PostMapping
	Result check(@Valid @RequestBody Request request) {
		return new Result(this.proofreader.check(request.text()));
	}

	@PostMapping(path = "/word", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<byte[]> word(@AuthenticationPrincipal CurrentUser user, @RequestPart MultipartFile file,
			@RequestPart List<Correction> corrections, @RequestParam(defaultValue = "false") boolean trackChanges) {
		if (corrections.size() > MOST_CORRECTIONS) {
			throw new RefusedException("一次最多写入 %d 处修改。".formatted(MOST_CORRECTIONS));
		}
		List<Correction> lastFirst = corrections.stream()
			.sorted(Comparator.comparingInt(Correction::start).reversed())
			.toList();
		try (XWPFDocument document = UploadedText.docx(file); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			WordText text = trackChanges ? WordText.tracked(document, user.fullName(), LocalDateTime.now(this.clock))
					: WordText.of(document);
			refuseMisfits(lastFirst, text.text());
			int skipped = 0;
			for (Correction correction : lastFirst) {
				skipped += text.correct(correction.start(), correction.end(), correction.replacement()) ? 0 : 1;
			}
			document.write(out);
			return ResponseEntity.ok()
				.contentType(DOCX)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment()
							.filename(UploadedText.correctedName(file, "docx"), StandardCharsets.UTF_8)
							.build()
							.toString())
				.header(SKIPPED, String.valueOf(skipped))
				.body(out.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Refuses corrections that do not fit the document's text: a stretch outside it, or
	 * reading otherwise than the text the page was shown (another file chosen), two
	 * corrections overlapping, a replacement Word cannot hold.
	 * @param lastFirst the corrections, the last in the text first
	 */
	private static void refuseMisfits(List<Correction> lastFirst, String text) {
		int before = text.length();
		for (Correction correction : lastFirst) {
			int start = correction.start();
			int end = correction.end();
			if (start < 0 || end < start || end > text.length() || correction.original() == null
					|| !text.substring(start, end).equals(correction.original())) {
				throw new RefusedException("所选文件与校对时的文件内容不一致：请重新上传该文件校对后再下载。");
			}
			if (end > before) {
				throw new RefusedException("有两处修改重叠：请刷新页面，重新校对后再下载。");
			}
			String replacement = correction.replacement();
			if (replacement == null || replacement.length() > LONGEST_REPLACEMENT
					|| replacement.chars().anyMatch(Character::isISOControl)) {
				throw new RefusedException("修改内容须为不超过 %d 个字、不含控制字符的文字。".formatted(LONGEST_REPLACEMENT));
			}
			before = start;
		}
	}

	/**
	 * @param text the text to check; line breaks separate paragraphs
	 */
	record Request(@NotNull(message = "请给出要校对的文字（text）。") String text) {
	}

	/**
	 * @param issues what is wrong, in text order, with offsets into the text as Java
	 * (UTF-16) string indices
	 */
	record Result(List<Issue> issues) {
	}

	/**
	 * A correction accepted on the 校对 page.
	 *
	 * @param start where the stretch corrected begins in the text the page showed
	 * @param end where it ends
	 * @param original the stretch as the page showed it
	 * @param replacement what it becomes
	 */
	record Correction(int start, int end, String original, String replacement) {
	}

}
