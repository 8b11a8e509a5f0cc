package org.zhongshu.proofread;

import java.util.regex.Pattern;

/**
 * A question mark ending a statement that only reports a question (GB/T 15834-2011, 4.2:
 * 问号用于疑问句末尾): "会议研究了如何……？" asks nothing and ends with 。. Real questions (with 吗, 呢, or in
 * quotations) are left alone.
 */
final class QuestionMarks implements Check {

	private static final Pattern REPORTED_QUESTION = Pattern
		.compile("(研究|讨论|核实|核查|检查|了解|调查|分析|思考|弄清|摸清|查明|说明|关注|探讨|研讨|审议|论证|评估|排查|明确)"
				+ "[了过]?[^，。；：]{0,20}?(如何|怎样|怎么|是否|能否|有无|有没有|为何|为什么|哪些)");

	@Override
	public void check(String text, Findings findings) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) != '？') {
				continue;
			}
			int start = i - 1;
			while (start >= 0 && "。！？；“”：".indexOf(text.charAt(start)) < 0 && !Chars.isLineBreak(text.charAt(start))) {
				start--;
			}
			char before = Chars.before(text, i);
			if ((start >= 0 && "“：".indexOf(text.charAt(start)) >= 0) || "吗呢吧么啊".indexOf(before) >= 0) {
				continue;
			}
			if (REPORTED_QUESTION.matcher(text.substring(start + 1, i)).find()) {
				findings.replace("punct.question", i, i + 1, "。");
			}
		}
	}

}
