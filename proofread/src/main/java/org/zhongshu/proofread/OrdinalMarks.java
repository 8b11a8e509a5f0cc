package org.zhongshu.proofread;

/**
 * The mark after a heading ordinal (GB/T 15834-2011, 附录B; GB/T 9704-2012, 7.3.3): 一、 with
 * a 顿号, 1. with a full stop below the line, and nothing after a bracketed （一） or （1）. A
 * "1、" that opens the whole text is left alone: on its own it may be a list item of a
 * press text, where the looser usage is common.
 */
final class OrdinalMarks implements Check {

	@Override
	public void check(String text, Findings findings) {
		for (int i = 0; i < text.length(); i++) {
			if (!startsItem(text, i)) {
				continue;
			}
			char c = text.charAt(i);
			if (Chars.isAsciiDigit(c)) {
				int end = skipWhile(text, i, "0123456789");
				char mark = Chars.at(text, end);
				char next = Chars.at(text, end + 1);
				if (mark == '、' && end - i <= 2 && !Chars.isAsciiDigit(next) && "月日号年".indexOf(next) < 0 && i > 0) {
					findings.replace("punct.ordinal", end, end + 1, ".", "阿拉伯数字序号后用下脚点“.”");
				}
			}
			else if ("一二三四五六七八九十".indexOf(c) >= 0) {
				int end = skipWhile(text, i, "一二三四五六七八九十");
				char mark = Chars.at(text, end);
				if ((mark == '.' || mark == '．' || mark == '，' || mark == ',') && end - i <= 3
						&& Chars.isHan(Chars.at(text, end + 1))) {
					findings.replace("punct.ordinal", end, end + 1, "、", "汉字数字序号后用顿号“、”");
				}
			}
			else if (c == '（' || c == '(') {
				int close = skipWhile(text, i + 1, "一二三四五六七八九十0123456789");
				char closing = Chars.at(text, close);
				char mark = Chars.at(text, close + 1);
				if (close > i + 1 && (closing == '）' || closing == ')')
						&& (mark == '、' || mark == '.' || mark == '．' || mark == '，')) {
					findings.replace("punct.ordinal", close + 1, close + 2, "", "括号内的序号后不再加标点");
				}
			}
		}
	}

	/**
	 * @return whether an item of a list can start here: the start of a line, or after a
	 * colon or an end mark
	 */
	private static boolean startsItem(String text, int i) {
		if (Chars.startsLine(text, i)) {
			return true;
		}
		char before = Chars.before(text, i);
		return before == '：' || before == '。' || before == '；';
	}

	private static int skipWhile(String text, int i, String characters) {
		while (i < text.length() && characters.indexOf(text.charAt(i)) >= 0) {
			i++;
		}
		return i;
	}

}
