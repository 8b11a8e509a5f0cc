package org.zhongshu.proofread;

/**
 * End marks written twice (GB/T 15834-2011, 5.1.2: a mark takes one place), and ellipses
 * written with full stops or dots instead of the six-dot …… (4.11).
 */
final class RepeatedMarks implements Check {

	@Override
	public void check(String text, Findings findings) {
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			int run = runLength(text, i, c);
			if (c == '。' && run >= 3) {
				findings.replace("punct.ellipsis", i, i + run, "……");
			}
			else if ((c == '。' || c == '，' || c == '、' || c == '；' || c == '：') && run == 2) {
				findings.replace("punct.double-end", i, i + run, String.valueOf(c), String.valueOf(c));
			}
			else if ((c == '.' || c == '．') && run >= 3 && Chars.isChinese(Chars.before(text, i))) {
				findings.replace("punct.ellipsis", i, i + run, "……");
			}
			else if (c == '…' && run == 1) {
				findings.replace("punct.ellipsis", i, i + 1, "……");
			}
			i += run;
		}
	}

	private static int runLength(String text, int start, char c) {
		int end = start;
		while (end < text.length() && text.charAt(end) == c) {
			end++;
		}
		return end - start;
	}

}
