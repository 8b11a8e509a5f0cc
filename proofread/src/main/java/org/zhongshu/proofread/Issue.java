package org.zhongshu.proofread;

import java.util.List;

/**
 * One thing the proofreader found in a text.
 *
 * @param start where it begins: a Java {@code String} (UTF-16) offset into the text
 * @param end where it ends, exclusive
 * @param original the text between {@code start} and {@code end}
 * @param suggestions what to write instead, the best first; may be empty when no
 * replacement can be known, and an empty string means "delete"
 * @param rule the stable id of the rule that found it, such as {@code punct.hw-comma}
 * @param category what kind of mistake it is
 * @param severity how sure the proofreader is
 * @param message what is wrong and why, in Chinese
 */
public record Issue(int start, int end, String original, List<String> suggestions, String rule, Category category,
		Severity severity, String message) {

	public Issue {
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("位置不正确：" + start + "～" + end);
		}
		suggestions = List.copyOf(suggestions);
	}

}
