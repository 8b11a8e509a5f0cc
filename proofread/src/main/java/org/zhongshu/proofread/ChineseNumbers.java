package org.zhongshu.proofread;

/**
 * Chinese numerals as ordinals and small counts use them: 一 to 九十九, and years digit by
 * digit (二〇二六).
 */
final class ChineseNumbers {

	private static final String DIGITS = "〇一二三四五六七八九";

	private ChineseNumbers() {
	}

	/**
	 * @return the value of 一 … 九十九 (十, 十四, 二十, 二十三), or -1 if it is not such a numeral
	 */
	static int parse(String numeral) {
		if (numeral.isEmpty() || numeral.length() > 3) {
			return -1;
		}
		int ten = numeral.indexOf('十');
		if (ten < 0) {
			return (numeral.length() == 1) ? digit(numeral.charAt(0), false) : -1;
		}
		int tens = (ten == 0) ? 1 : digit(numeral.charAt(0), false);
		int units = (ten == numeral.length() - 1) ? 0 : digit(numeral.charAt(ten + 1), false);
		if (ten > 1 || tens < 1 || units < 0 || numeral.length() - ten > 2) {
			return -1;
		}
		return tens * 10 + units;
	}

	/**
	 * @return 1 … 99 written in Chinese: 一, 十, 十四, 二十, 二十三
	 */
	static String format(int value) {
		if (value < 1 || value > 99) {
			throw new IllegalArgumentException("只能写 1 至 99：" + value);
		}
		int tens = value / 10;
		int units = value % 10;
		StringBuilder numeral = new StringBuilder();
		if (tens > 1) {
			numeral.append(DIGITS.charAt(tens));
		}
		if (tens > 0) {
			numeral.append('十');
		}
		if (units > 0) {
			numeral.append(DIGITS.charAt(units));
		}
		return numeral.toString();
	}

	/**
	 * @return a year written digit by digit in Chinese (二〇二六, 二零二六) as a number, or -1
	 */
	static int year(String numeral) {
		if (numeral.length() != 4) {
			return -1;
		}
		int year = 0;
		for (int i = 0; i < 4; i++) {
			int digit = digit(numeral.charAt(i), true);
			if (digit < 0) {
				return -1;
			}
			year = year * 10 + digit;
		}
		return year;
	}

	private static int digit(char c, boolean zero) {
		if (zero && (c == '〇' || c == '零')) {
			return 0;
		}
		int index = DIGITS.indexOf(c);
		return (index > 0) ? index : -1;
	}

}
