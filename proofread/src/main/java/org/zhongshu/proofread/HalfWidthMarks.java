package org.zhongshu.proofread;

/**
 * Half-width marks in Chinese text (GB/T 15834-2011, 第5章: Chinese text takes full-width
 * marks): commas, colons, semicolons, question and exclamation marks next to Chinese,
 * parentheses around Chinese, and straight quotes. A colon or comma between digits (9:30,
 * 1,200) is left alone, and so are the parentheses of a 发文字号, which the format rules
 * judge.
 */
final class HalfWidthMarks implements Check {

	@Override
	public void check(String text, Findings findings) {
		int doubleQuotes = 0;
		int singleQuotes = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Chars.isLineBreak(c)) {
				doubleQuotes = 0;
				singleQuotes = 0;
				continue;
			}
			switch (c) {
				case ',' -> mark(text, i, "punct.hw-comma", "，", true, findings);
				case ':' -> mark(text, i, "punct.hw-colon", "：", true, findings);
				case ';' -> mark(text, i, "punct.hw-semicolon", "；", false, findings);
				case '?' -> mark(text, i, "punct.hw-question", "？", false, findings);
				case '!' -> mark(text, i, "punct.hw-exclamation", "！", false, findings);
				case '(' -> parenthesis(text, i, findings);
				case '"' -> {
					if (nextToChinese(text, i)) {
						findings.replace("punct.hw-quote", i, i + 1, (doubleQuotes % 2 == 0) ? "“" : "”");
					}
					doubleQuotes++;
				}
				case '\'' -> {
					if (nextToChinese(text, i) && !Character.isLetter(Chars.before(text, i))) {
						findings.replace("punct.hw-quote", i, i + 1, (singleQuotes % 2 == 0) ? "‘" : "’");
						singleQuotes++;
					}
				}
				default -> {
				}
			}
		}
	}

	private static void mark(String text, int i, String rule, String fullWidth, boolean digitsAllowed,
			Findings findings) {
		if (digitsAllowed && Chars.isAsciiDigit(Chars.before(text, i)) && Chars.isAsciiDigit(Chars.at(text, i + 1))) {
			return;
		}
		if (nextToChinese(text, i)) {
			findings.replace(rule, i, i + 1, fullWidth);
		}
	}

	/**
	 * A "(" whose content is Chinese, with its ")" on the same line.
	 */
	private static void parenthesis(String text, int open, Findings findings) {
		int close = open + 1;
		boolean chinese = false;
		while (close < text.length() && text.charAt(close) != ')' && !Chars.isLineBreak(text.charAt(close))) {
			chinese |= Chars.isHan(text.charAt(close));
			close++;
		}
		boolean closed = close < text.length() && text.charAt(close) == ')';
		if (closed && isDocumentNumberYear(text, open, close)) {
			return;
		}
		if (chinese || nextToChinese(text, open)) {
			findings.replace("punct.hw-paren", open, open + 1, "（");
			if (closed) {
				findings.replace("punct.hw-paren", close, close + 1, "）");
			}
		}
	}

	/**
	 * @return whether the parentheses hold the year of a 发文字号, like 江政办发(2025)36号
	 */
	private static boolean isDocumentNumberYear(String text, int open, int close) {
		if (close - open != 5 || !Chars.isHan(Chars.before(text, open))) {
			return false;
		}
		for (int i = open + 1; i < close; i++) {
			if (!Chars.isAsciiDigit(text.charAt(i))) {
				return false;
			}
		}
		int i = close + 1;
		while (Chars.isAsciiDigit(Chars.at(text, i))) {
			i++;
		}
		return i > close + 1 && Chars.at(text, i) == '号';
	}

	private static boolean nextToChinese(String text, int i) {
		return Chars.isChinese(neighbour(text, i, -1)) || Chars.isChinese(neighbour(text, i, 1));
	}

	/**
	 * @return the nearest character in the direction given, skipping spaces; 0 if none
	 */
	private static char neighbour(String text, int i, int direction) {
		int j = i + direction;
		while (j >= 0 && j < text.length() && text.charAt(j) == ' ') {
			j += direction;
		}
		return (j >= 0 && j < text.length()) ? text.charAt(j) : 0;
	}

}
