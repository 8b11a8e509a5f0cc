package org.zhongshu.proofread;

/**
 * What kind of character something is, as the rules need to know it.
 */
final class Chars {

	private static final String CHINESE_NUMERALS = "〇零一二三四五六七八九十百千万亿两";

	private static final String FULL_WIDTH_PUNCTUATION = "，。、；：？！“”‘’（）《》〈〉【】〔〕…—·";

	private Chars() {
	}

	/**
	 * @return whether the character is a Chinese character (CJK unified ideographs, with
	 * extension A and the compatibility block)
	 */
	static boolean isHan(char c) {
		return (c >= '\u4e00' && c <= '\u9fff') || (c >= '\u3400' && c <= '\u4dbf') || (c >= '\uf900' && c <= '\ufaff')
				|| c == '〇';
	}

	/**
	 * @return whether the character belongs to Chinese prose: a Chinese character or a
	 * full-width mark
	 */
	static boolean isChinese(char c) {
		return isHan(c) || FULL_WIDTH_PUNCTUATION.indexOf(c) >= 0;
	}

	static boolean isAsciiDigit(char c) {
		return c >= '0' && c <= '9';
	}

	static boolean isFullWidthDigit(char c) {
		return c >= '０' && c <= '９';
	}

	static boolean isChineseNumeral(char c) {
		return CHINESE_NUMERALS.indexOf(c) >= 0;
	}

	/**
	 * @return whether the character ends a sentence or a clause in Chinese prose
	 */
	static boolean isClauseEnd(char c) {
		return c == '，' || c == '。' || c == '；' || c == '：' || c == '？' || c == '！' || isLineBreak(c);
	}

	/**
	 * @return whether the character ends a sentence: 。！？； or a line break
	 */
	static boolean isSentenceEnd(char c) {
		return c == '。' || c == '！' || c == '？' || c == '；' || isLineBreak(c);
	}

	static boolean isLineBreak(char c) {
		return c == '\n' || c == '\r' || c == '\u2029';
	}

	/**
	 * @return the character before {@code index}, or 0 at the start
	 */
	static char before(String text, int index) {
		return (index > 0) ? text.charAt(index - 1) : 0;
	}

	/**
	 * @return the character at {@code index}, or 0 past the end
	 */
	static char at(String text, int index) {
		return (index >= 0 && index < text.length()) ? text.charAt(index) : 0;
	}

	/**
	 * @return whether {@code index} begins a line (the text's start or just after a line
	 * break), ignoring spaces before it
	 */
	static boolean startsLine(String text, int index) {
		int i = index - 1;
		while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u3000' || text.charAt(i) == '\t')) {
			i--;
		}
		return i < 0 || isLineBreak(text.charAt(i));
	}

	/**
	 * @return whether the position is inside 《》: the title of a work is written as its
	 * author wrote it
	 */
	static boolean insideTitle(String text, int position) {
		int open = text.lastIndexOf('《', position);
		return open >= 0 && text.lastIndexOf('》', position) < open && text.indexOf('》', position) >= 0;
	}

}
