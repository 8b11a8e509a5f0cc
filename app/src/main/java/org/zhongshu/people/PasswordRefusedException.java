package org.zhongshu.people;

import java.util.List;

import org.zhongshu.platform.RefusedException;

/**
 * A new password that does not meet the policy, with every reason.
 */
class PasswordRefusedException extends RefusedException {

	private final List<String> problems;

	PasswordRefusedException(List<String> problems) {
		super(String.join("", problems));
		this.problems = List.copyOf(problems);
	}

	List<String> problems() {
		return this.problems;
	}

}
