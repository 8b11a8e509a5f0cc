package org.zhongshu.proofread;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Whole words typed for others that sound the same, as a pinyin input method offers them
 * (罐车 for 贯彻, 错失 for 措施, 同酬 for 统筹): a word of two characters that the typo model doubts
 * is tried against the likelier words that read as it does, each weighed by how much
 * likelier it is and by how much better it goes with the words before and after it
 * ({@link WordPairs}). The single characters of such a slip each make a word, so the
 * character-by-character guesses of {@link LikelyTypos} cannot find it.
 */
final class SoundAlikeWords {

	/**
	 * Scores above this are reported. Set on the benchmark's clean sentences (人民日报's, and
	 * the right sentences of odw-train and de3-dev) to flag none of them: 砍倒 in 把它砍倒了
	 * scored 9.8 as 看到. Set on two of the three sets alone, it flagged at most one
	 * sentence of the third.
	 */
	private static final double LIKELY = 10.0;

	/**
	 * How much the words beside a word weigh against its own frequency: a slip is told by
	 * its neighbours far more than by its rarity (补短 is rarer than 不断, and right in
	 * 补短板、强弱项). A weight of 1 found 17 slips of odw-train for the same clean sentences, 2
	 * and 3 found 22.
	 */
	private static final double PAIR_WEIGHT = 2.0;

	/**
	 * How much a word's being likelier counts: half, as the dictionary's counts of rare
	 * words are rough; counted in full, 17 slips were found for the same clean sentences.
	 */
	private static final double FREQUENCY_WEIGHT = 0.5;

	/**
	 * Words rarer than this (about one in 1.2 million words) are not offered: they would
	 * make a word of almost any slip.
	 */
	private static final double LEAST_MEANT = -14.0;

	/**
	 * Characters on each side of a written word within which its neighbours are found.
	 */
	private static final int CONTEXT = 6;

	private static final long[] NONE = {};

	private static final SoundAlikeWords INSTANCE = new SoundAlikeWords();

	private final Pinyin pinyin = Pinyin.get();

	private final WordPairs pairs = WordPairs.get();

	/**
	 * Pairs of readings (the first's number above the second's), open-addressed by
	 * {@link #slot}, 0 marking a free place.
	 */
	private final int[] readingPairs;

	/**
	 * For each place of {@link #readingPairs}, the words of two characters that read so,
	 * each packed as {@link #pack}, the likeliest first.
	 */
	private final long[][] wordsReading;

	private SoundAlikeWords() {
		Map<Integer, List<Long>> words = new HashMap<>();
		Vocabulary.get().forEachWordOfTwo(LEAST_MEANT, (first, second, logProbability) -> {
			long word = pack(first, second, logProbability);
			for (long a = this.pinyin.readings(first); a != 0; a >>>= 16) {
				for (long b = this.pinyin.readings(second); b != 0; b >>>= 16) {
					words.computeIfAbsent(readings(a, b), (key) -> new ArrayList<>()).add(word);
				}
			}
		});
		this.readingPairs = new int[Integer.highestOneBit(Math.max(1, words.size())) * 4];
		this.wordsReading = new long[this.readingPairs.length][];
		words.forEach((key, list) -> {
			int slot = slot(key);
			this.readingPairs[slot] = key;
			this.wordsReading[slot] = list.stream()
				.sorted(Comparator.comparingDouble(SoundAlikeWords::logProbability).reversed())
				.mapToLong(Long::longValue)
				.toArray();
		});
	}

	static SoundAlikeWords get() {
		return INSTANCE;
	}

	/**
	 * Records each word of two characters of the text, both doubted, that reads as a word
	 * scoring above {@link #LIKELY} in its place.
	 * @param words the text's words
	 * @param doubted for each character, whether it may be a slip
	 */
	void check(String text, Vocabulary.Lattice words, IntPredicate doubted, Findings findings) {
		for (int start = 0; start + 2 <= text.length(); start++) {
			double written = words.word(start, start + 2);
			if (written > Double.NEGATIVE_INFINITY && doubted.test(start) && doubted.test(start + 1)) {
				String best = bestReading(new Weighing(text, words, start, written));
				if (best != null) {
					findings.replace("typo.word", start, start + 2, best, best);
				}
			}
		}
	}

	/**
	 * @return the word scoring best above {@link #LIKELY} in place of the written one, or
	 * null
	 */
	private String bestReading(Weighing weighing) {
		char first = weighing.text.charAt(weighing.start);
		char second = weighing.text.charAt(weighing.start + 1);
		for (long a = this.pinyin.readings(first); a != 0; a >>>= 16) {
			for (long b = this.pinyin.readings(second); b != 0; b >>>= 16) {
				if (!weighing.weigh(wordsReading(readings(a, b)))) {
					return null;
				}
			}
		}
		return weighing.best;
	}

	/**
	 * @return the words of two characters that read as the pair of readings, the
	 * likeliest first
	 */
	private long[] wordsReading(int readings) {
		int slot = slot(readings);
		return (this.readingPairs[slot] == readings) ? this.wordsReading[slot] : NONE;
	}

	/**
	 * @return the place of the pair of readings, or the free place where it would go
	 */
	private int slot(int readings) {
		int mask = this.readingPairs.length - 1;
		int mixed = readings * 0x9E3779B1;
		int slot = (mixed ^ (mixed >>> 16)) & mask;
		while (this.readingPairs[slot] != readings && this.readingPairs[slot] != 0) {
			slot = (slot + 1) & mask;
		}
		return slot;
	}

	/**
	 * The words that read as one written word of two characters, weighed one after
	 * another in its place.
	 */
	private final class Weighing {

		private final String text;

		private final Vocabulary.Lattice words;

		private final int start;

		private final double written;

		/** The text with the word weighed in place of the written one. */
		private final WordInPlace meant;

		/**
		 * The written word and the words beside it, found when the first word is weighed;
		 * null before.
		 */
		private Vocabulary.Neighbours around;

		private double writtenFit;

		private double bestScore = LIKELY;

		private String best;

		Weighing(String text, Vocabulary.Lattice words, int start, double written) {
			this.text = text;
			this.words = words;
			this.start = start;
			this.written = written;
			this.meant = new WordInPlace(text, start);
		}

		/**
		 * Weighs the words, the likeliest first, that are likelier than the written one
		 * and differ from it in both characters.
		 * @return false if the written word is not a word of the likeliest division of
		 * the text around it, so that no word can take its place
		 */
		boolean weigh(long[] candidates) {
			for (long word : candidates) {
				double gain = logProbability(word) - this.written;
				if (gain <= 0) {
					return true;
				}
				this.meant.first = (char) (word >>> 16);
				this.meant.second = (char) word;
				if (this.meant.first == this.text.charAt(this.start)
						|| this.meant.second == this.text.charAt(this.start + 1)) {
					continue;
				}
				if (this.around == null && !divide()) {
					return false;
				}
				double score = FREQUENCY_WEIGHT * gain + PAIR_WEIGHT
						* (SoundAlikeWords.this.pairs.fitBeside(this.meant, this.around, -1, '\0') - this.writtenFit);
				if (score > this.bestScore) {
					this.bestScore = score;
					this.best = String.valueOf(new char[] { this.meant.first, this.meant.second });
				}
			}
			return true;
		}

		/**
		 * Finds the written word and the words beside it in the likeliest division of the
		 * text around it.
		 * @return whether the written word is one of the division's words
		 */
		private boolean divide() {
			int end = this.start + 2;
			Vocabulary.Neighbours found = this.words.wordsAround(Math.max(0, this.start - CONTEXT),
					Math.min(this.text.length(), end + CONTEXT), this.start, this.text.charAt(this.start));
			if (found.start() != this.start || found.end() != end) {
				return false;
			}
			this.around = found;
			this.writtenFit = SoundAlikeWords.this.pairs.fitBeside(this.text, found, -1, '\0');
			return true;
		}

	}

	/**
	 * A text read with another word of two characters in place of the one at
	 * {@code start}.
	 */
	private static final class WordInPlace implements CharSequence {

		private final String text;

		private final int start;

		private char first;

		private char second;

		WordInPlace(String text, int start) {
			this.text = text;
			this.start = start;
		}

		@Override
		public int length() {
			return this.text.length();
		}

		@Override
		public char charAt(int index) {
			if (index == this.start) {
				return this.first;
			}
			return (index == this.start + 1) ? this.second : this.text.charAt(index);
		}

		@Override
		public CharSequence subSequence(int from, int to) {
			return toString().substring(from, to);
		}

		@Override
		public String toString() {
			return this.text.substring(0, this.start) + this.first + this.second + this.text.substring(this.start + 2);
		}

	}

	private static int readings(long a, long b) {
		return (int) ((a & 0xFFFF) << 16 | (b & 0xFFFF));
	}

	private static long pack(char first, char second, float logProbability) {
		return ((long) Float.floatToRawIntBits(logProbability) << 32) | ((long) first << 16) | second;
	}

	private static double logProbability(long word) {
		return Float.intBitsToFloat((int) (word >>> 32));
	}

}
