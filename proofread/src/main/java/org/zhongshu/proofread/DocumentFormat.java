package org.zhongshu.proofread;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form of a document's own elements: the 发文字号 (GB/T 9704-2012, 7.2.4: year in 六角括号 〔〕
 * and in full, number without 第 and without zero padding), and titles that 《党政机关公文处理
 * 工作条例》 does not want (关于对……的批复, 关于请求……的请示).
 */
final class DocumentFormat implements Check {

	/**
	 * The opening bracket comes before the look-behind at the characters that precede it
	 * (市委发), so that a search passes most places of a long text with one test.
	 */
	private static final Pattern DOCUMENT_NUMBER = Pattern
		.compile("([\\[【(（〔［{])(?<=[\\p{IsHan}][发字函办令报电复].)(\\d{2,4})([\\]】)）〕］}])(第)?(0*)(\\d+)号");

	private static final Pattern TITLE = Pattern.compile("^关于(对|请求).+的(批复|请示|通知|意见|报告|决定|函|通报)$");

	@Override
	public void check(String text, Findings findings) {
		if (text.indexOf('号') >= 0) {
			documentNumbers(text, findings);
		}
		if (text.contains("关于")) {
			titles(text, findings);
		}
	}

	private static void documentNumbers(String text, Findings findings) {
		Matcher number = DOCUMENT_NUMBER.matcher(text);
		while (number.find()) {
			String year = number.group(2);
			boolean brackets = number.group(1).equals("〔") && number.group(3).equals("〕");
			if (year.length() == 2) {
				findings.replace("fmt.docno-year", number.start(1), number.end(3), "〔20" + year + "〕");
			}
			else if (!brackets) {
				findings.replace("fmt.docno-bracket", number.start(1), number.end(3), "〔" + year + "〕");
			}
			if (number.group(4) != null) {
				findings.replace("fmt.docno-di", number.start(4), number.end(4), "");
			}
			if (!number.group(5).isEmpty()) {
				findings.replace("fmt.docno-pad", number.start(5), number.end(6), number.group(6));
			}
		}
	}

	private static void titles(String text, Findings findings) {
		int lineStart = 0;
		for (int i = 0; i <= text.length(); i++) {
			if (i < text.length() && !Chars.isLineBreak(text.charAt(i))) {
				continue;
			}
			Matcher title = TITLE.matcher(text.substring(lineStart, i));
			if (title.matches()) {
				String rule = title.group(1).equals("对") ? "fmt.title-guanyudui" : "fmt.title-qingshi";
				if (rule.equals("fmt.title-guanyudui") || title.group(2).equals("请示")) {
					findings.replace(rule, lineStart + title.start(1), lineStart + title.end(1), "");
				}
			}
			lineStart = i + 1;
		}
	}

}
