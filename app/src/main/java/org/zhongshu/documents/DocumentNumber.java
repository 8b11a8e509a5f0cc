package org.zhongshu.documents;

import java.util.regex.Pattern;

/**
 * A 发文字号 or 收文号: the issuing body's 代字, the year and the number, written as the 条例 and
 * GB/T 9704-2012 7.2.4 have it: 市委办发〔2026〕12号 — 六角括号 around the year, no zero padding, no
 * 第. Orders and 纪要 are numbered under 代字 of their own, ending in {@value #ORDER} or
 * {@value #MINUTES} (市委令, 市委常委会纪要), and written as 10.2 and 10.3 have them: 令号 第12号, 期号
 * 第12期.
 *
 * @param prefix the 代字, such as 市委办发
 * @param year the year
 * @param number the number in that year, from 1
 */
record DocumentNumber(String prefix, int year, int number) {

	/** How the 代字 of an order's 令号 ends. */
	static final String ORDER = "令";

	/** How the 代字 of a 纪要's 期号 ends. */
	static final String MINUTES = "纪要";

	private static final Pattern PREFIX = Pattern.compile("\\p{IsHan}{2,12}");

	public DocumentNumber {
		requireValidPrefix(prefix);
		if (number < 1) {
			throw new IllegalArgumentException("文号的序号从 1 开始");
		}
	}

	/**
	 * @throws IllegalArgumentException unless the 代字 is two to twelve Chinese characters,
	 * such as 市委办发
	 */
	static void requireValidPrefix(String prefix) {
		if (!PREFIX.matcher(prefix).matches()) {
			throw new IllegalArgumentException("发文机关代字“%s”不合规范：应为 2 至 12 个汉字，如“市委办发”".formatted(prefix));
		}
	}

	@Override
	public String toString() {
		if (this.prefix.endsWith(ORDER)) {
			return "第" + this.number + "号";
		}
		if (this.prefix.endsWith(MINUTES)) {
			return "第" + this.number + "期";
		}
		return this.prefix + "〔" + this.year + "〕" + this.number + "号";
	}

}
