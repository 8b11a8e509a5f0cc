package org.zhongshu.proofread;

import java.util.Arrays;

/**
 * Characters of similar shape (形近字), from the list the nlp-hanzi-similar package ships
 * ({@code hanzi_similar_list.txt}: each character followed by the characters that look
 * like it, the closest first, ranked by 四角编码, structure, radical and stroke count).
 */
final class Shapes {

	private static final String LIST = "hanzi_similar_list.txt";

	/** Further down the list, characters share little more than a stroke count. */
	private static final int CLOSEST = 50;

	private static final Shapes INSTANCE = load();

	/** For each character, those that look most like it, the closest first. */
	private final String[] similar;

	private Shapes(String[] similar) {
		this.similar = similar;
	}

	static Shapes get() {
		return INSTANCE;
	}

	/**
	 * @return whether either character is among those that look most like the other
	 */
	boolean lookAlike(char a, char b) {
		return this.similar[a].indexOf(b) >= 0 || this.similar[b].indexOf(a) >= 0;
	}

	private static Shapes load() {
		String[] similar = new String[Character.MAX_VALUE + 1];
		Arrays.fill(similar, "");
		for (String line : Lexicon.shipped(LIST, "nlp-hanzi-similar")) {
			if (line.length() > 2 && line.charAt(1) == ' ') {
				String list = line.substring(2).strip();
				similar[line.charAt(0)] = list.substring(0, Math.min(CLOSEST, list.length()));
			}
		}
		return new Shapes(similar);
	}

}
