package org.zhongshu.proofread;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Marks that come in pairs (GB/T 15834-2011, 4.8 引号, 4.9 括号, 4.15 书名号): quotation marks,
 * parentheses and title marks each opened and closed on the same line, and double
 * quotation marks facing the right way. Where a closing mark is missing the proofreader
 * guesses the end of the marked phrase: the end of the clause, or for quotations a 的 that
 * follows the quoted words.
 */
final class PairedMarks implements Check {

	@Override
	public void check(String text, Findings findings) {
		int lineStart = 0;
		for (int i = 0; i <= text.length(); i++) {
			if (i == text.length() || Chars.isLineBreak(text.charAt(i))) {
				checkLine(text, lineStart, i, findings);
				lineStart = i + 1;
			}
		}
	}

	private void checkLine(String text, int start, int end, Findings findings) {
		int openQuote = -1;
		Deque<Integer> parentheses = new ArrayDeque<>();
		Deque<Integer> titles = new ArrayDeque<>();
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			switch (c) {
				case '“' -> {
					if (openQuote >= 0 && !text.substring(i + 1, end).contains("”")) {
						findings.replace("punct.quote-direction", i, i + 1, "”");
						openQuote = -1;
					}
					else {
						openQuote = i;
					}
				}
				case '”' -> {
					if (openQuote < 0 && !closesSpeech(text, i)) {
						findings.add("punct.unpaired-quote", i, i + 1, List.of(), "”");
					}
					openQuote = -1;
				}
				case '（' -> parentheses.push(i);
				case '）' -> close(parentheses, i, "punct.unpaired-paren", "）", findings);
				case '《' -> titles.push(i);
				case '》' -> close(titles, i, "punct.unpaired-shumh", "》", findings);
				default -> {
				}
			}
		}
		if (openQuote >= 0 && !opensSpeech(text, openQuote)) {
			unclosed(text, openQuote, end, "punct.unpaired-quote", "”", true, findings);
		}
		for (int open : parentheses) {
			unclosed(text, open, end, "punct.unpaired-paren", "）", false, findings);
		}
		for (int open : titles) {
			unclosed(text, open, end, "punct.unpaired-shumh", "》", false, findings);
		}
	}

	private static void close(Deque<Integer> opened, int i, String rule, String mark, Findings findings) {
		if (opened.isEmpty()) {
			findings.add(rule, i, i + 1, List.of(), mark);
		}
		else {
			opened.pop();
		}
	}

	/**
	 * A quotation that opens a paragraph or follows a colon may go on into the next
	 * paragraph, which opens with “ again; only the last closes (GB/T 15834-2011, 4.8.4).
	 */
	private static boolean opensSpeech(String text, int open) {
		return Chars.startsLine(text, open) || Chars.before(text, open) == '：';
	}

	/**
	 * A ” after an end mark closes a quotation that began in an earlier paragraph or
	 * sentence.
	 */
	private static boolean closesSpeech(String text, int close) {
		return "。！？…".indexOf(Chars.before(text, close)) >= 0;
	}

	/**
	 * An opening mark never closed: suggest closing it where the marked phrase most
	 * likely ends. A line that ends inside the marked phrase, with no clause after it, is
	 * more likely cut short than wrong, and is left alone.
	 */
	private static void unclosed(String text, int open, int lineEnd, String rule, String mark, boolean quotation,
			Findings findings) {
		int end = open + 1;
		while (end < lineEnd && !Chars.isClauseEnd(text.charAt(end))
				&& !(quotation && text.charAt(end) == '的' && end - open > 2)) {
			end++;
		}
		if (end == lineEnd) {
			return;
		}
		if (end == open + 1) {
			findings.replace(rule, open, open + 1, "", mark);
		}
		else {
			findings.replace(rule, open + 1, end, text.substring(open + 1, end) + mark, mark);
		}
	}

}
