package org.zhongshu.proofread;

import java.util.ArrayList;
import java.util.Arrays;
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
	static final double LIKELY = 10.0;

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
		Division division = new Division(words);
		for (int start = 0; start + 2 <= text.length(); start++) {
			double written = words.word(start, start + 2);
			if (written > Double.NEGATIVE_INFINITY && doubted.test(start) && doubted.test(start + 1)) {
				String best = bestReading(text, division, start, written);
				if (best != null) {
					findings.replace("typo.word", start, start + 2, best, best);
				}
			}
		}
	}

	/**
	 * @param written the log-probability of the written word
	 * @return the word scoring best above {@link #LIKELY} in place of the written one
	 * that begins at {@code start}, or null; none if the written word is not a word of
	 * the text's likeliest division
	 */
	private String bestReading(String text, Division division, int start, double written) {
		StringBuilder around = null;
		int at = 0;
		double writtenFit = 0;
		double bestScore = LIKELY;
		String best = null;
		char first = text.charAt(start);
		char second = text.charAt(start + 1);
		for (long a = this.pinyin.readings(first); a != 0; a >>>= 16) {
			for (long b = this.pinyin.readings(second); b != 0; b >>>= 16) {
				for (long word : wordsReading(readings(a, b))) {
					char meantFirst = (char) (word >>> 16);
					char meantSecond = (char) word;
					double gain = logProbability(word) - written;
					if (gain <= 0) {
						break;
					}
					if (meantFirst == first || meantSecond == second) {
						continue;
					}
					if (around == null) {
						int k = division.wordAt(start);
						if (k < 0) {
							return null;
						}
						int before = division.start(k - 1, start);
						around = new StringBuilder(text.subSequence(before, division.start(k + 2, start + 2)));
						at = start - before;
						writtenFit = fitAround(around, at);
					}
					around.setCharAt(at, meantFirst);
					around.setCharAt(at + 1, meantSecond);
					double score = FREQUENCY_WEIGHT * gain + PAIR_WEIGHT * (fitAround(around, at) - writtenFit);
					if (score > bestScore) {
						bestScore = score;
						best = String.valueOf(new char[] { meantFirst, meantSecond });
					}
				}
			}
		}
		return best;
	}

	/**
	 * @return how well the word of two characters at {@code at} goes with the words
	 * before it and after it, which fill the rest of {@code around}
	 */
	private double fitAround(CharSequence around, int at) {
		int end = at + 2;
		return this.pairs.fit(around, (at > 0) ? 0 : -1, at, end, -1, '\0')
				+ this.pairs.fit(around, at, end, (end < around.length()) ? around.length() : -1, -1, '\0');
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
	 * The likeliest division of a text into words, made when first asked for.
	 */
	private static final class Division {

		private final Vocabulary.Lattice words;

		private int[] starts;

		Division(Vocabulary.Lattice words) {
			this.words = words;
		}

		/**
		 * @return the number of the word of two characters that begins at {@code start},
		 * or -1 if the division has none there
		 */
		int wordAt(int start) {
			if (this.starts == null) {
				this.starts = this.words.division();
			}
			int k = Arrays.binarySearch(this.starts, start);
			return (k >= 0 && this.starts[k + 1] == start + 2) ? k : -1;
		}

		/**
		 * @return where word {@code k} begins, or {@code otherwise} if there is no such
		 * word
		 */
		int start(int k, int otherwise) {
			return (k >= 0 && k < this.starts.length) ? this.starts[k] : otherwise;
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
