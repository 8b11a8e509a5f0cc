package org.zhongshu.proofread;

import java.util.ArrayList;
import java.util.List;

/**
 * Fixed words whose numerals are Chinese (第一书记, “十四五”, “四风”) written with Arabic digits
 * (GB/T 15835-2011, 汉字数字的使用).
 */
final class FixedNumeralWords implements Check {

	/**
	 * Words that name a plan or a congress written as a bare number: “145”规划, 18大报告.
	 */
	private static final List<String> NAMING_WORDS = List.of("规划", "时期", "期间", "精神", "以来", "报告");

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
			char before = Chars.before(text, start);
			boolean insideNumber = Chars.isAsciiDigit(before) || before == '.'
					|| Chars.isAsciiDigit(Chars.at(text, end));
			boolean insideWord = end - start < 3 && Chars.isHan(Chars.at(text, end));
			boolean plainNumber = readsAsNumber(text, start, end) && !named(text, start, end);
			if (!insideNumber && !insideWord && !plainNumber) {
				findings.replace("num.fixed-cn", start, end, this.words.get(phrase));
			}
		});
	}

	/**
	 * @return whether the spelling is digits alone or digits and 大, as an ordinary number
	 * is written (共有145个村, 前20大企业)
	 */
	private static boolean readsAsNumber(String text, int start, int end) {
		int digitsEnd = start;
		while (digitsEnd < end && Chars.isAsciiDigit(text.charAt(digitsEnd))) {
			digitsEnd++;
		}
		return digitsEnd == end || (digitsEnd == end - 1 && text.charAt(digitsEnd) == '大');
	}

	/**
	 * @return whether the text around a spelling that reads as a number shows it names a
	 * plan or a congress: it is quoted (“145”), follows 党的, or is followed by a word such
	 * as 规划
	 */
	private static boolean named(String text, int start, int end) {
		return "“‘\"".indexOf(Chars.before(text, start)) >= 0 || text.startsWith("党的", start - 2)
				|| NAMING_WORDS.stream().anyMatch((word) -> text.startsWith(word, end));
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
