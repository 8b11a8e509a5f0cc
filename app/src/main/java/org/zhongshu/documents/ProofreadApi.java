package org.zhongshu.documents;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.zhongshu.proofread.Issue;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/proofread}: text in, issues out, in the JSON the proofread command
 * line writes. Open to the office's business roles, as the 校对 page is.
 */
@RestController
@RequestMapping("/api/v1/proofread")
@PreAuthorize(ProofreadPage.BUSINESS_ROLES)
class ProofreadApi {

	private final OfficeProofreader proofreader;

	ProofreadApi(OfficeProofreader proofreader) {
		this.proofreader = proofreader;
	}

	@PostMapping
	Result check(@Valid @RequestBody Request request) {
		return new Result(this.proofreader.check(request.text()));
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

}
