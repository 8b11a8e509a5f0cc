package org.zhongshu.proofread;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as GB/T 15835-2011 (出版物上数字用法) wants them: no full-width digits, no double
 * vagueness (约……左右), ranges keeping the first %, 万 or 亿, four-digit years, 〇 in years
 * written with Chinese digits.
 */
final class Numbers implements Check {

	private static final String NUMBER = "\\d+(?:\\.\\d+)?";

	private static final String RANGE = "[~～—－\\-–]";

	/**
	 * Begins by looking ahead at the characters it can begin with, as the range and year
	 * patterns below begin by looking ahead at a digit: a search then passes most places
	 * of a long text with one test.
	 */
	private static final Pattern VAGUE = Pattern
		.compile("(?=[约大近将接])(约|大约|大概|近|将近|接近)(\\d+(?:\\.\\d+)?|[一二三四五六七八九十百千两几]+)"
				+ "(万|亿)?([\\p{IsHan}]{0,3}?)(左右|以上|上下|开外)");

	private static final Pattern PERCENT_RANGE = Pattern
		.compile("(?=\\d)(?<![\\d.%])(" + NUMBER + ")" + RANGE + NUMBER + "%");

	private static final Pattern MAGNITUDE_RANGE = Pattern.compile(
			"(?=\\d)(?<![\\d.万亿])(" + NUMBER + ")" + RANGE + NUMBER + "(万|亿)(美元|元|人次|人|吨|亩|户|平方米|立方米|千瓦时|千瓦|公里|件|个)?");

	private static final Pattern SHORT_YEAR = Pattern
		.compile("(?=\\d)(?<![\\d.])(\\d{2})年(?!来|间|内|后|前|多|余|以|左|的|里|代|零|半|期)");

	private static final String YEAR_CONTEXT = "与至到从截较比同去明今和、（";

	private static final Pattern CHINESE_YEAR = Pattern.compile("[〇零一二三四五六七八九]{4}(?=年)");

	@Override
	public void check(String text, Findings findings) {
		fullWidthDigits(text, findings);
		if (containsAny(text, "左右", "以上", "上下", "开外")) {
			vagueness(text, findings);
		}
		if (text.indexOf('%') >= 0) {
			Matcher percent = PERCENT_RANGE.matcher(text);
			while (percent.find()) {
				findings.replace("num.range-pct", percent.start(1), percent.end(1), percent.group(1) + "%");
			}
		}
		if (text.indexOf('万') >= 0 || text.indexOf('亿') >= 0) {
			Matcher magnitude = MAGNITUDE_RANGE.matcher(text);
			while (magnitude.find()) {
				String unit = magnitude.group(2) + ((magnitude.group(3) != null) ? magnitude.group(3) : "");
				findings.replace("num.range-unit", magnitude.start(1), magnitude.end(1), magnitude.group(1) + unit,
						unit);
			}
		}
		if (text.indexOf('年') >= 0) {
			years(text, findings);
		}
	}

	private static void vagueness(String text, Findings findings) {
		Matcher vague = VAGUE.matcher(text);
		while (vague.find()) {
			if (!isPartOfAWord(text, vague.start())) {
				findings.replace("num.vague-double", vague.start(), vague.end(),
						text.substring(vague.start(), vague.start(5)), vague.group(1), vague.group(5));
			}
		}
	}

	private static void years(String text, Findings findings) {
		Matcher shortYear = SHORT_YEAR.matcher(text);
		while (shortYear.find()) {
			int start = shortYear.start(1);
			if (start == 0 || YEAR_CONTEXT.indexOf(Chars.before(text, start)) >= 0) {
				int year = Integer.parseInt(shortYear.group(1));
				findings.replace("num.year-abbr", start, shortYear.end(1),
						((year <= 50) ? "20" : "19") + shortYear.group(1));
			}
		}
		if (text.indexOf('零') >= 0) {
			Matcher chineseYear = CHINESE_YEAR.matcher(text);
			while (chineseYear.find()) {
				if (chineseYear.group().indexOf('零') >= 0) {
					findings.replace("num.ling-year", chineseYear.start(), chineseYear.end(),
							chineseYear.group().replace('零', '〇'));
				}
			}
		}
	}

	private static boolean containsAny(String text, String... words) {
		for (String word : words) {
			if (text.contains(word)) {
				return true;
			}
		}
		return false;
	}

	private static void fullWidthDigits(String text, Findings findings) {
		int i = 0;
		while (i < text.length()) {
			if (!Chars.isFullWidthDigit(text.charAt(i))) {
				i++;
				continue;
			}
			int end = i;
			StringBuilder ascii = new StringBuilder();
			while (end < text.length() && (Chars.isFullWidthDigit(text.charAt(end)) || text.charAt(end) == '．')) {
				char c = text.charAt(end);
				ascii.append((c == '．') ? '.' : (char) (c - '０' + '0'));
				end++;
			}
			findings.replace("num.fullwidth", i, end, ascii.toString());
			i = end;
		}
	}

	/**
	 * @return whether the 近 at {@code start} ends a word (最近, 附近, 临近 …) rather than
	 * meaning "nearly"
	 */
	private static boolean isPartOfAWord(String text, int start) {
		return text.charAt(start) == '近' && "最附临靠亲邻就贴逼走挨".indexOf(Chars.before(text, start)) >= 0;
	}

}
