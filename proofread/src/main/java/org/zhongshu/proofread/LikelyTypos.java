package org.zhongshu.proofread;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;

/**
 * Wrong characters found by the language model: a character that belongs to no word
 * around it (大数局) is tried against the characters that sound or look like it and would
 * make a word there (据: 大数据); the best one is suggested when the text around it becomes
 * much likelier, by a noisy-channel score: the gain in log-likelihood of the five
 * characters each side, less a cost for how unlikely the slip is (a slip seen in
 * training, same sound, a dialect's sound, a similar shape).
 */
final class LikelyTypos implements Check {

	/**
	 * Scores above this are reported as likely errors. Set on the benchmark's clean
	 * sentences (人民日报), to flag fewer than one in two hundred.
	 */
	static final double LIKELY = 10.5;

	/** Scores above this are shown as a hint to check. */
	static final double POSSIBLE = 9.0;

	private static final int CONTEXT = 5;

	private static final double SOUND_ALIKE_COST = 1.0;

	private static final double LOOK_ALIKE_COST = 1.5;

	/**
	 * Slips writers were seen making (learned-confusions.tsv) cost less than none: a
	 * bonus. Chosen by two-fold cross-validation on odw-train, learning from one half and
	 * scoring the other; a larger bonus flagged more than one clean sentence in two
	 * hundred.
	 */
	private static final double LEARNED_COST = -2.0;

	private static final Learned LEARNED = Learned.load();

	/**
	 * Transliterated foreign names (伊梅尔达·马科斯) are strings of characters no dictionary
	 * lists.
	 */
	private static final char NAME_SEPARATOR = '·';

	private final Vocabulary vocabulary = Vocabulary.get();

	private final Pinyin pinyin = Pinyin.get();

	private final Shapes shapes = Shapes.get();

	private final PhraseMatcher ownNames;

	/**
	 * @param ownNames names the office writes as they are (its people, its units)
	 */
	LikelyTypos(Collection<String> ownNames) {
		this.ownNames = PhraseMatcher.of(ownNames.stream().filter((name) -> !name.isBlank()).toList());
	}

	@Override
	public void check(String text, Findings findings) {
		boolean[] settled = settled(text);
		for (int i = 0; i < text.length(); i++) {
			if (settled[i]) {
				continue;
			}
			Guess guess = guess(text, i);
			if (guess.score() <= POSSIBLE || findings.covers(i, i + 1) || Chars.insideTitle(text, i)) {
				continue;
			}
			String rule = (guess.score() > LIKELY) ? "typo.likely" : "typo.possible";
			findings.replace(rule, i, i + 1, String.valueOf(guess.replacement()), guess.replacement());
		}
	}

	/**
	 * @return for each character, whether it is beyond doubt here: not a Chinese
	 * character, part of a word, a character of names, near a transliterated name, or in
	 * one of the office's own names
	 */
	private boolean[] settled(String text) {
		boolean[] settled = new boolean[text.length()];
		for (int start = 0; start < text.length(); start++) {
			char c = text.charAt(start);
			settled[start] |= !Chars.isHan(c) || this.vocabulary.isNameCharacter(c) || this.vocabulary.isVeryCommon(c);
			if (c == NAME_SEPARATOR) {
				mark(settled, start - CONTEXT, start + CONTEXT + 1);
			}
			for (int end = start + 2; end <= Math.min(text.length(), start + Vocabulary.LONGEST); end++) {
				if (this.vocabulary.isWord(text, start, end)) {
					mark(settled, start, end);
				}
			}
		}
		this.ownNames.forEachMatch(text, (start, end, index) -> mark(settled, start, end));
		return settled;
	}

	private static void mark(boolean[] settled, int from, int to) {
		for (int i = Math.max(0, from); i < Math.min(settled.length, to); i++) {
			settled[i] = true;
		}
	}

	private Guess guess(String text, int at) {
		char written = text.charAt(at);
		Guess best = new Guess(written, Double.NEGATIVE_INFINITY);
		char[] candidates = candidates(text, at);
		if (candidates.length == 0) {
			return best;
		}
		int from = Math.max(0, at - CONTEXT);
		StringBuilder window = new StringBuilder(text.subSequence(from, Math.min(text.length(), at + CONTEXT + 1)));
		double original = this.vocabulary.likelihood(window);
		for (int i = 0; i < candidates.length; i++) {
			char candidate = candidates[i];
			if (i > 0 && candidate == candidates[i - 1]) {
				continue;
			}
			window.setCharAt(at - from, candidate);
			double score = this.vocabulary.likelihood(window) - original - cost(written, candidate);
			if (score > best.score) {
				best = new Guess(candidate, score);
			}
		}
		return best;
	}

	/**
	 * @return the characters that the one at {@code at} may be a slip for and that make a
	 * word with its neighbours, sorted, each as often as it makes a word
	 */
	private char[] candidates(String text, int at) {
		char written = text.charAt(at);
		StringBuilder candidates = new StringBuilder();
		for (int length = 2; length <= Vocabulary.LONGEST; length++) {
			for (int start = Math.max(0, at - length + 1); start <= at && start + length <= text.length(); start++) {
				this.vocabulary.forEachFill(text, start, start + length, at, (candidate) -> {
					if (candidate != written && Double.isFinite(cost(written, candidate))) {
						candidates.append(candidate);
					}
				});
			}
		}
		char[] sorted = candidates.toString().toCharArray();
		Arrays.sort(sorted);
		return sorted;
	}

	/**
	 * @return how unlikely a writer is to put {@code written} for {@code meant}, as a log
	 * cost; infinite for characters that neither sound nor look alike
	 */
	private double cost(char written, char meant) {
		if (LEARNED.contains(written, meant)) {
			return LEARNED_COST;
		}
		if (this.pinyin.shareReading(written, meant)) {
			return 0;
		}
		if (this.pinyin.soundAlike(written, meant)) {
			return SOUND_ALIKE_COST;
		}
		return this.shapes.lookAlike(written, meant) ? LOOK_ALIKE_COST : Double.POSITIVE_INFINITY;
	}

	private record Guess(char replacement, double score) {
	}

	/**
	 * The slips seen in training, each as the written character and the meant one packed
	 * in an int.
	 */
	private record Learned(BitSet written, int[] slips) {

		static Learned load() {
			BitSet written = new BitSet();
			List<String> lines = Lexicon.lines("learned-confusions.tsv");
			int[] slips = new int[lines.size()];
			for (int i = 0; i < slips.length; i++) {
				String[] fields = lines.get(i).split("\t");
				written.set(fields[0].charAt(0));
				slips[i] = (fields[0].charAt(0) << 16) | fields[1].charAt(0);
			}
			Arrays.sort(slips);
			return new Learned(written, slips);
		}

		boolean contains(char written, char meant) {
			return this.written.get(written) && Arrays.binarySearch(this.slips, (written << 16) | meant) >= 0;
		}

	}

}
