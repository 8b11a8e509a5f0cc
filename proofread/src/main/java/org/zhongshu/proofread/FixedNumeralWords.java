package org.zhongshu.proofread;

import java.util.ArrayList;
import java.util.List;

/**
 * Fixed words whose numerals are Chinese (第一书记, “十四五”, “四风”) written with Arabic digits
 * (GB/T 15835-2011, 汉字数字的使用).
 */
final class FixedNumeralWords implements Check {

	/** The Arabic-digit spellings, and for each the word as it must be written. */
	private final PhraseMatcher misspellings;

	private final List<String> words = new ArrayList<>();

	FixedNumeralWords() {
		List<String> misspelt = new ArrayList<>();
		for (String word : Lexicon.lines("fixed-numeral-words.txt")) {
			for (String misspelling : arabicSpellings(word)) {
				misspelt.add(misspelling);
				this.words.add(word);
			}
		}
		this.misspellings = PhraseMatcher.of(misspelt);
	}

	@Override
	public void check(String text, Findings findings) {
		this.misspellings.forEachMatch(text, (start, end, phrase) -> {
			boolean insideNumber = Chars.isAsciiDigit(Chars.before(text, start));
			boolean insideWord = end - start < 3 && Chars.isHan(Chars.at(text, end));
			if (!insideNumber && !insideWord) {
				findings.replace("num.fixed-cn", start, end, this.words.get(phrase));
			}
		});
	}

	/**
	 * @return the ways to write the word with some or all of its numerals (up to 九十九) in
	 * Arabic digits: 十四五 gives 14五, 十四5 and 145
	 */
	static List<String> arabicSpellings(String word) {
		List<int[]> numerals = new ArrayList<>();
		int i = 0;
		while (i < word.length()) {
			int end = i;
			while (end < word.length() && "一二三四五六七八九十".indexOf(word.charAt(end)) >= 0) {
				end++;
			}
			while (end > i && ChineseNumbers.parse(word.substring(i, end)) < 0) {
				end--;
			}
			if (end > i) {
				numerals.add(new int[] { i, end });
				i = end;
			}
			else {
				i++;
			}
		}
		List<String> spellings = new ArrayList<>();
		for (int choice = 1; choice < (1 << numerals.size()); choice++) {
			StringBuilder spelling = new StringBuilder(word);
			for (int n = numerals.size() - 1; n >= 0; n--) {
				if ((choice & (1 << n)) != 0) {
					int[] numeral = numerals.get(n);
					spelling.replace(numeral[0], numeral[1],
							String.valueOf(ChineseNumbers.parse(word.substring(numeral[0], numeral[1]))));
				}
			}
			spellings.add(spelling.toString());
		}
		return spellings;
	}

}
