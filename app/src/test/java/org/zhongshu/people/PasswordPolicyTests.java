package org.zhongshu.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The password rules, each explained in Chinese when broken.
 */
class PasswordPolicyTests {

	private static final PasswordPolicy policy = new PasswordPolicy();

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Ab#1234         | 至少需要 8 个字符
			abcdefgh12      | 至少三类
			ABCDEFGH!!      | 至少三类
			Wenmi#2026x     | 不能包含登录名
			Imnew#2026x     | 倒写的登录名
			P@ssw0rd        | 常见密码
			Aa123456        | 常见密码
			Woaini1314!     | 常见密码
			Password123!    | 常见密码
			Qingshan #2026  | 不能包含空格
			""")
	void refusesWithAReason(String password, String reason) {
		assertThat(policy.problems(password, "wenmi")).anySatisfy((problem) -> assertThat(problem).contains(reason));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Qingshan#2026", "jiang-lin-shi-wei-1", "Xiangjiang9River", "红旗渠Spirit2026" })
	void acceptsAStrongPassword(String password) {
		assertThat(policy.problems(password, "wenmi")).isEmpty();
	}

	@Test
	void handsOutTemporaryPasswordsThatMeetItself() {
		for (int i = 0; i < 200; i++) {
			String password = policy.temporaryPassword("wenmi");
			assertThat(password).hasSize(12).doesNotContainAnyWhitespaces();
			assertThat(policy.problems(password, "wenmi")).isEmpty();
		}
	}

	@Test
	void theDemoPasswordIsAcceptableToo() {
		assertThat(policy.problems(DemoOrganisation.PASSWORD, "wenmi")).isEmpty();
	}

}
