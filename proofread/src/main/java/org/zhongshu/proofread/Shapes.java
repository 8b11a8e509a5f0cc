package org.zhongshu.proofread;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Characters of similar shape (形近字), from the list the nlp-hanzi-similar package ships
 * ({@code hanzi_similar_list.txt}: each character followed by the characters that look
 * like it, the closest first, ranked by 四角编码, structure, radical and stroke count).
 */
final class Shapes {

	private static final String LIST = "hanzi_similar_list.txt";

	/** Further down the list, characters share little more than a stroke count. */
	private static final int CLOSEST = 50;

	private static final char[] NONE = {};

	private static final Shapes INSTANCE = load();

	/**
	 * For each character, those that look most like it or that it looks most like,
	 * sorted.
	 */
	private final char[][] similar;

	private Shapes(char[][] similar) {
		this.similar = similar;
	}

	static Shapes get() {
		return INSTANCE;
	}

	/**
	 * @return whether either character is among those that look most like the other
	 */
	boolean lookAlike(char a, char b) {
		return Arrays.binarySearch(this.similar[a], b) >= 0;
	}

	/**
	 * Calls {@code action} with each character that looks like {@code c}.
	 */
	void forEachLookAlike(char c, IntConsumer action) {
		for (char alike : this.similar[c]) {
			action.accept(alike);
		}
	}

	private static Shapes load() {
		StringBuilder[] similar = new StringBuilder[Character.MAX_VALUE + 1];
		for (String line : Lexicon.shipped(LIST, "nlp-hanzi-similar")) {
			if (line.length() > 2 && line.charAt(1) == ' ') {
				String list = line.substring(2).strip();
				char c = line.charAt(0);
				for (int i = 0; i < Math.min(CLOSEST, list.length()); i++) {
					append(similar, c, list.charAt(i));
					append(similar, list.charAt(i), c);
				}
			}
		}
		char[][] sorted = new char[similar.length][];
		for (int c = 0; c < similar.length; c++) {
			sorted[c] = (similar[c] != null) ? sortedOnce(similar[c]) : NONE;
		}
		return new Shapes(sorted);
	}

	private static char[] sortedOnce(CharSequence chars) {
		char[] sorted = chars.toString().toCharArray();
		Arrays.sort(sorted);
		int size = 0;
		for (char c : sorted) {
			if (size == 0 || sorted[size - 1] != c) {
				sorted[size++] = c;
			}
		}
		return Arrays.copyOf(sorted, size);
	}

	private static void append(StringBuilder[] similar, char c, char alike) {
		if (similar[c] == null) {
			similar[c] = new StringBuilder();
		}
		similar[c].append(alike);
	}

}
