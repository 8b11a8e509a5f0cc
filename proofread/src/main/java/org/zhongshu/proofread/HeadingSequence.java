package org.zhongshu.proofread;

/**
 * Heading ordinals in sequence (GB/T 9704-2012, 7.3.3: 一、 （一） 1. （1）): within a level
 * each heading takes the next number; a higher level starting again resets the lower
 * ones.
 */
final class HeadingSequence implements Check {

	@Override
	public void check(String text, Findings findings) {
		int[] last = new int[4];
		int lineStart = 0;
		for (int i = 0; i <= text.length(); i++) {
			if (i < text.length() && !Chars.isLineBreak(text.charAt(i))) {
				continue;
			}
			heading(text, lineStart, i, last, findings);
			lineStart = i + 1;
		}
	}

	private static void heading(String text, int start, int end, int[] last, Findings findings) {
		int level;
		int numberStart;
		int numberEnd;
		if (Chars.at(text, start) == '（') {
			numberStart = start + 1;
			numberEnd = skip(text, numberStart, end, "一二三四五六七八九十");
			level = 1;
			if (numberEnd == numberStart) {
				numberEnd = skip(text, numberStart, end, "0123456789");
				level = 3;
			}
			if (numberEnd == numberStart || Chars.at(text, numberEnd) != '）') {
				return;
			}
		}
		else {
			numberStart = start;
			numberEnd = skip(text, start, end, "一二三四五六七八九十");
			level = 0;
			char mark = '、';
			if (numberEnd == numberStart) {
				numberEnd = skip(text, start, end, "0123456789");
				level = 2;
				mark = '.';
			}
			if (numberEnd == numberStart || Chars.at(text, numberEnd) != mark) {
				return;
			}
		}
		String numeral = text.substring(numberStart, numberEnd);
		boolean arabic = level >= 2;
		int value = arabic ? parseArabic(numeral) : ChineseNumbers.parse(numeral);
		if (value <= 0) {
			return;
		}
		if (last[level] > 0 && value != last[level] + 1) {
			String expected = arabic ? String.valueOf(last[level] + 1) : ChineseNumbers.format(last[level] + 1);
			findings.replace("fmt.heading-seq", numberStart, numberEnd, expected, numeral, expected);
		}
		last[level] = value;
		for (int lower = level + 1; lower < last.length; lower++) {
			last[lower] = 0;
		}
	}

	private static int parseArabic(String numeral) {
		return (numeral.length() > 3) ? -1 : Integer.parseInt(numeral);
	}

	private static int skip(String text, int i, int end, String characters) {
		while (i < end && characters.indexOf(text.charAt(i)) >= 0) {
			i++;
		}
		return i;
	}

}
