package org.zhongshu.proofread;

import java.util.List;

/**
 * The 顿号 where GB/T 15834-2011 does not want one: between items that each carry quotation
 * or title marks (4.5.3.5), between two numerals of an estimate such as 三五天 (4.5.3.4),
 * and before a conjunction 和, 及, 以及, 或 that already joins the last item (与 is left alone:
 * after a 顿号 it is mostly a preposition).
 */
final class EnumerationCommas implements Check {

	private static final List<String> CONJUNCTIONS = List.of("以及", "或者", "和", "及", "或");

	private static final String MEASURES = "天日年月周岁人个次名家件份种项条所户座台辆本元角米里斤亩吨倍成层位门只支张批期轮场";

	private final List<String> notConjunctions = Lexicon.lines("not-conjunctions.txt");

	@Override
	public void check(String text, Findings findings) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) != '、') {
				continue;
			}
			char before = Chars.before(text, i);
			char after = Chars.at(text, i + 1);
			if ((before == '”' && after == '“') || (before == '》' && after == '《')) {
				findings.replace("punct.dun-quoted", i, i + 1, "");
			}
			else if (isConjunction(text, i + 1)) {
				findings.replace("punct.dun-conj", i, i + 1, "");
			}
			else if (isEstimate(text, i)) {
				findings.replace("punct.dun-numeral", i, i + 1, "");
			}
		}
	}

	private boolean isConjunction(String text, int at) {
		for (String conjunction : CONJUNCTIONS) {
			if (text.startsWith(conjunction, at)) {
				return this.notConjunctions.stream().noneMatch((word) -> text.startsWith(word, at));
			}
		}
		return false;
	}

	/**
	 * 三、五天 and 二、三十人: single-character numerals either side, not an ordinal (第二、三), and a
	 * measure after the second.
	 */
	private static boolean isEstimate(String text, int comma) {
		char first = Chars.before(text, comma);
		char beforeFirst = Chars.before(text, comma - 1);
		if (!isSmallNumeral(first) || Chars.isChineseNumeral(beforeFirst) || beforeFirst == '第') {
			return false;
		}
		int i = comma + 1;
		if (!isSmallNumeral(Chars.at(text, i))) {
			return false;
		}
		i++;
		while ("十百千万".indexOf(Chars.at(text, i)) >= 0) {
			i++;
		}
		return MEASURES.indexOf(Chars.at(text, i)) >= 0 || text.startsWith("小时", i) || text.startsWith("分钟", i);
	}

	private static boolean isSmallNumeral(char c) {
		return "一二三四五六七八九".indexOf(c) >= 0;
	}

}
