package org.zhongshu.documents;

import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.zhongshu.platform.CurrentUser;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/proofread/words}: the office's word list (本办词库), read by every business
 * role, kept by the office's staff. The 校对 page adds a flagged word through it without
 * leaving the result.
 */
@RestController
@RequestMapping("/api/v1/proofread/words")
@PreAuthorize(ProofreadPage.BUSINESS_ROLES)
class OfficeWordsApi {

	private final OfficeWords words;

	OfficeWordsApi(OfficeWords words) {
		this.words = words;
	}

	@GetMapping
	Listing list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page) {
		Page<OfficeWords.Word> found = this.words.find(q, page);
		return new Listing(found.getContent(), found.getNumber(), found.getTotalPages(), found.getTotalElements());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("@officeWords.keptBy(principal)")
	OfficeWords.Word add(@Valid @RequestBody NewWord word, @AuthenticationPrincipal CurrentUser user) {
		return this.words.add(word.written(), Objects.requireNonNullElse(word.correction(), ""),
				Objects.requireNonNullElse(word.note(), ""), user);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("@officeWords.keptBy(principal)")
	void remove(@PathVariable long id) {
		this.words.remove(id);
	}

	/**
	 * @param written the word as written
	 * @param correction its right form when it is a slip; absent or empty when it is
	 * right as written
	 * @param note why it is added, may be absent
	 */
	record NewWord(@NotNull(message = "请给出要加入的词语（written）。") String written, @Nullable String correction,
			@Nullable String note) {
	}

	/**
	 * @param words a page of the list, newest first
	 * @param page which page, from 0
	 * @param pages how many pages
	 * @param total how many words in all
	 */
	record Listing(List<OfficeWords.Word> words, int page, int pages, long total) {
	}

}
