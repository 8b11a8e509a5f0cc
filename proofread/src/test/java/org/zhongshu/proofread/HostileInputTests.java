package org.zhongshu.proofread;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever it is given, the proofreader answers: it never throws, and every issue points
 * at a real span of the text.
 */
class HostileInputTests {

	private static final String ALPHABET = "的地得一二三四五六七八九十〇零年月日号市委办公室局区县镇村“”‘’《》（）()[]【】〔〕"
			+ "，。、；：？！…—~～-.,;:?!\"' 0123456789０１２%第书记关于对请求和及与或近约左右以上亿万\n\u2029\t\r\u0000\u0007";

	private static final Proofreader proofreader = Proofreader.builder()
		.roster(List.of(new RosterEntry("张建国", "市委书记"), new RosterEntry("李红梅", null)))
		.build();

	@ParameterizedTest
	@ValueSource(strings = { "", "的", "。", "\n", "“", "（", "年", "2026年2月", "〔2026〕", "关于", "约", "\uD800", "\uDC00",
			"\uD83D\uDE00", "a\uD800b", "\u0000\u0001\u001F", "Ελληνικά русский العربية 日本語", "近", "、和", "1、", "（一）、" })
	void answersEdgeCases(String text) {
		assertSound(text, proofreader.check(text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "（）", "()", "（）、", "一、\n（）\n1.", "〔〕号", "第号", "年月日", "（星期一）" })
	void answersEmptyMarkedParts(String text) {
		assertSound(text, proofreader.check(text));
	}

	@RepeatedTest(300)
	void answersRandomText() {
		Random random = new Random();
		long seed = random.nextLong();
		random.setSeed(seed);
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(300);
		for (int i = 0; i < length; i++) {
			text.append(random.nextInt(10) == 0 ? (char) random.nextInt(0x10000)
					: ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		try {
			assertSound(text.toString(), proofreader.check(text.toString()));
		}
		catch (RuntimeException ex) {
			throw new AssertionError("校对失败，随机种子 " + seed + "，文本：" + escape(text.toString()), ex);
		}
	}

	@Test
	void answersAMegabyte() {
		StringBuilder text = new StringBuilder();
		String paragraph = "按照江委办发[2026]012号文件要求，市委督查室将于2026年2月30日（星期五）前对约300人左右进行督查，市委督察室汇总。\n";
		while (text.length() < 1_000_000) {
			text.append(paragraph);
		}
		List<Issue> issues = proofreader.check(text.toString());

		assertSound(text.toString(), issues);
		assertThat(issues).hasSizeGreaterThan(1000);
	}

	private static String escape(String text) {
		StringBuilder escaped = new StringBuilder();
		text.chars()
			.forEach((c) -> escaped.append(
					(c < 0x20 || Character.isSurrogate((char) c)) ? "\\u%04x".formatted(c) : String.valueOf((char) c)));
		return escaped.toString();
	}

	private static void assertSound(String text, List<Issue> issues) {
		int previousStart = -1;
		for (Issue issue : issues) {
			assertThat(issue.start()).isBetween(0, text.length());
			assertThat(issue.end()).isBetween(issue.start(), text.length());
			assertThat(issue.original()).isEqualTo(text.substring(issue.start(), issue.end()));
			assertThat(issue.message()).isNotBlank();
			assertThat(issue.start()).isGreaterThanOrEqualTo(previousStart);
			previousStart = issue.start();
		}
	}

}
