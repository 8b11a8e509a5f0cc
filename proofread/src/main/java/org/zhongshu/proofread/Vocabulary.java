package org.zhongshu.proofread;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of modern Chinese with how often they are used, from the dictionary jieba
 * ships ({@code dict.txt}: 349,045 words, each with a frequency and a part of speech), as
 * a language model: the likelihood of a stretch of text is that of its likeliest division
 * into words. Only words of up to four characters in the unified ideographs are kept,
 * each packed into a {@code long}, so that a look-up allocates nothing.
 */
final class Vocabulary {

	static final int LONGEST = 4;

	private static final String DICTIONARY = "dict.txt";

	private static final char FIRST = '\u3400';

	private static final char LAST = '\u9fff';

	private static final int BITS = 15;

	/**
	 * A character is kept out of guesses when most words that hold it are names of
	 * people: 麟, 雯 and 炜 are rare in prose and common in names, which the dictionary
	 * cannot list.
	 */
	private static final double NAME_SHARE = 0.6;

	private static final double VERY_COMMON = Math.log(1.0 / 300);

	/**
	 * Words rarer than this are not offered as corrections: two thirds of the dictionary
	 * are words it saw no more than a few times (its floor is 3), which would make a word
	 * of almost any slip.
	 */
	private static final int FILL_COUNT = 30;

	private static final Vocabulary INSTANCE = load();

	private final long[] keys;

	private final float[] logProbabilities;

	private final float unknown;

	/**
	 * Every word with one character left out, followed by that character, sorted: the
	 * words that fit 大数□ follow one another.
	 */
	private final long[] gaps;

	/** The log-probability of the word each entry of {@link #gaps} makes. */
	private final float[] gapLogProbabilities;

	/** Where in {@link #gaps} the words of each gap key begin, by hash of the key. */
	private final long[] gapKeys;

	private final int[] gapStarts;

	private final BitSet nameCharacters;

	/**
	 * For each slot, the part of speech of its word, as a number into {@link #tagNames}.
	 */
	private final byte[] tags;

	private final List<String> tagNames;

	private Vocabulary(long[] keys, float[] logProbabilities, float unknown, long[] gaps, BitSet nameCharacters,
			byte[] tags, List<String> tagNames) {
		this.keys = keys;
		this.logProbabilities = logProbabilities;
		this.unknown = unknown;
		this.gaps = gaps;
		this.gapLogProbabilities = new float[gaps.length];
		for (int i = 0; i < gaps.length; i++) {
			this.gapLogProbabilities[i] = logProbabilities[slot(keys, filledWord(gaps[i]))];
		}
		for (int start = 0, end; start < gaps.length; start = end) {
			end = start + 1;
			while (end < gaps.length && (gaps[end] >>> BITS) == (gaps[start] >>> BITS)) {
				end++;
			}
			likeliestFirst(start, end);
		}
		this.gapKeys = new long[Integer.highestOneBit(Math.max(1, gaps.length)) * 2];
		this.gapStarts = new int[this.gapKeys.length];
		int mask = this.gapKeys.length - 1;
		for (int i = 0; i < gaps.length; i++) {
			long key = gaps[i] >>> BITS;
			if (i == 0 || key != (gaps[i - 1] >>> BITS)) {
				int slot = hash(key) & mask;
				while (this.gapKeys[slot] != 0) {
					slot = (slot + 1) & mask;
				}
				this.gapKeys[slot] = key;
				this.gapStarts[slot] = i;
			}
		}
		this.nameCharacters = nameCharacters;
		this.tags = tags;
		this.tagNames = tagNames;
	}

	/**
	 * Sorts the words of one gap key from the likeliest down, so that a look-up can stop
	 * at the first word too rare to matter.
	 */
	private void likeliestFirst(int start, int end) {
		long[] order = new long[end - start];
		for (int i = 0; i < order.length; i++) {
			order[i] = ((long) Float.floatToIntBits(-this.gapLogProbabilities[start + i]) << 32) | i;
		}
		Arrays.sort(order);
		long[] words = Arrays.copyOfRange(this.gaps, start, end);
		float[] logs = Arrays.copyOfRange(this.gapLogProbabilities, start, end);
		for (int i = 0; i < order.length; i++) {
			this.gaps[start + i] = words[(int) order[i]];
			this.gapLogProbabilities[start + i] = logs[(int) order[i]];
		}
	}

	static Vocabulary get() {
		return INSTANCE;
	}

	/**
	 * @return whether the text from {@code start} to {@code end} is a word of more than
	 * one character
	 */
	boolean isWord(CharSequence text, int start, int end) {
		return end - start > 1 && slot(pack(text, start, end)) >= 0;
	}

	/**
	 * @return the log-probability of the word of more than one character the text from
	 * {@code start} to {@code end} is, or negative infinity if it is not one
	 */
	double wordLogProbability(CharSequence text, int start, int end) {
		int slot = (end - start > 1) ? slot(pack(text, start, end)) : -1;
		return (slot >= 0) ? this.logProbabilities[slot] : Double.NEGATIVE_INFINITY;
	}

	/**
	 * @return whether the character is one of the commonest words, used at least once in
	 * every 300 words (了, 是, 在, 的, 人, 年 …)
	 */
	boolean isVeryCommon(char c) {
		int code = code(c);
		int slot = (code < 0) ? -1 : slot((1L << BITS) | code);
		return slot >= 0 && this.logProbabilities[slot] > VERY_COMMON;
	}

	/**
	 * @return the part of speech the dictionary gives the text from {@code start} to
	 * {@code end} (n, v, a, d …, as jieba tags them), or the empty string if it is not a
	 * word
	 */
	String partOfSpeech(CharSequence text, int start, int end) {
		int slot = slot(pack(text, start, end));
		return (slot >= 0) ? this.tagNames.get(this.tags[slot]) : "";
	}

	/**
	 * @return whether the character is mostly found in people's names
	 */
	boolean isNameCharacter(char c) {
		return this.nameCharacters.get(c);
	}

	/**
	 * @return the log-likelihood of the likeliest division of the text into words; a
	 * character no word covers counts as a word seen once
	 */
	double likelihood(CharSequence text) {
		return likelihood(text, 0, text.length());
	}

	/**
	 * @return the log-likelihood of the text from {@code from} to {@code to}, as
	 * {@link #likelihood(CharSequence)}
	 */
	double likelihood(CharSequence text, int from, int to) {
		double[] best = new double[to - from + 1];
		for (int end = 1; end < best.length; end++) {
			best[end] = best[end - 1] + logProbability(text, from + end - 1, from + end);
			for (int start = Math.max(0, end - LONGEST); start < end - 1; start++) {
				int slot = slot(pack(text, from + start, from + end));
				if (slot >= 0) {
					best[end] = Math.max(best[end], best[start] + this.logProbabilities[slot]);
				}
			}
		}
		return best[best.length - 1];
	}

	private double logProbability(CharSequence text, int start, int end) {
		int slot = slot(pack(text, start, end));
		return (slot >= 0) ? this.logProbabilities[slot] : this.unknown;
	}

	/**
	 * Calls {@code action} with the character of every word that reads as the text from
	 * {@code start} to {@code end} with the character at {@code gap} replaced, and with
	 * how much likelier that word is than the text it would replace, the likeliest first,
	 * while that gain is above {@code least}.
	 */
	void forEachFill(CharSequence text, int start, int end, int gap, double least, FillConsumer action) {
		long key = gapKey(text, start, end, gap);
		if (key < 0) {
			return;
		}
		int mask = this.gapKeys.length - 1;
		int slot = hash(key) & mask;
		while (this.gapKeys[slot] != key) {
			if (this.gapKeys[slot] == 0) {
				return;
			}
			slot = (slot + 1) & mask;
		}
		double replaced = likelihood(text, start, end);
		for (int i = this.gapStarts[slot]; i < this.gaps.length && (this.gaps[i] >>> BITS) == key
				&& this.gapLogProbabilities[i] - replaced > least; i++) {
			action.accept((char) (FIRST + (this.gaps[i] & ((1 << BITS) - 1))), this.gapLogProbabilities[i] - replaced);
		}
	}

	private int slot(long key) {
		return slot(this.keys, key);
	}

	private static int slot(long[] keys, long key) {
		if (key < 0) {
			return -1;
		}
		int mask = keys.length - 1;
		for (int slot = hash(key) & mask;; slot = (slot + 1) & mask) {
			if (keys[slot] == key) {
				return slot;
			}
			if (keys[slot] == 0) {
				return -1;
			}
		}
	}

	/**
	 * @return the characters packed with their count, or -1 when one is outside the range
	 * the vocabulary holds or the text is too long
	 */
	static long pack(CharSequence text, int start, int end) {
		if (end - start > LONGEST || end <= start) {
			return -1;
		}
		long key = end - start;
		for (int i = start; i < end; i++) {
			int code = code(text.charAt(i));
			if (code < 0) {
				return -1;
			}
			key = (key << BITS) | code;
		}
		return key;
	}

	/**
	 * @return the word an entry of {@link #gaps} makes, packed as {@link #pack}
	 */
	private static long filledWord(long entry) {
		long key = entry >>> BITS;
		int others = (63 - Long.numberOfLeadingZeros(key)) / BITS;
		int gap = (int) (key >>> (BITS * others)) & 3;
		long word = others + 1;
		for (int i = 0; i <= others; i++) {
			long code = (i == gap) ? entry : key >>> (BITS * (others - i + ((i < gap) ? 0 : 1)) - BITS);
			word = (word << BITS) | (code & ((1 << BITS) - 1));
		}
		return word;
	}

	/**
	 * @return the characters other than the one at {@code gap}, packed with the count and
	 * the gap's place, or -1 as {@link #pack}
	 */
	private static long gapKey(CharSequence text, int start, int end, int gap) {
		if (end - start > LONGEST || end - start < 2 || gap < start || gap >= end) {
			return -1;
		}
		long key = ((end - start - 1) << 2) | (gap - start);
		for (int i = start; i < end; i++) {
			if (i != gap) {
				int code = code(text.charAt(i));
				if (code < 0) {
					return -1;
				}
				key = (key << BITS) | code;
			}
		}
		return key;
	}

	private static int code(char c) {
		return (c >= FIRST && c <= LAST) ? c - FIRST : -1;
	}

	private static int hash(long key) {
		long mixed = key * 0x9E3779B97F4A7C15L;
		return (int) (mixed ^ (mixed >>> 29));
	}

	private static Vocabulary load() {
		List<String> lines = Lexicon.shipped(DICTIONARY, "jieba-analysis");
		long[] words = new long[lines.size()];
		int[] counts = new int[lines.size()];
		byte[] wordTags = new byte[lines.size()];
		List<String> tagNames = new ArrayList<>();
		Map<String, Byte> tagNumbers = new HashMap<>();
		int size = 0;
		long total = 0;
		int[] inNames = new int[LAST + 1];
		int[] inWords = new int[LAST + 1];
		for (String line : lines) {
			String[] fields = line.split(" ");
			if (fields.length < 3) {
				continue;
			}
			String word = fields[0];
			int count = Integer.parseInt(fields[1]);
			total += count;
			boolean name = fields[2].startsWith("nr");
			for (int i = 0; i < word.length(); i++) {
				char c = word.charAt(i);
				if (code(c) >= 0) {
					inWords[c]++;
					inNames[c] += name ? 1 : 0;
				}
			}
			long key = pack(word, 0, word.length());
			if (key >= 0) {
				words[size] = key;
				wordTags[size] = tagNumbers.computeIfAbsent(fields[2], (tag) -> {
					tagNames.add(tag);
					return (byte) (tagNames.size() - 1);
				});
				counts[size++] = count;
			}
		}
		long[] keys = new long[Integer.highestOneBit(size * 2) * 2];
		float[] logProbabilities = new float[keys.length];
		byte[] tags = new byte[keys.length];
		double logTotal = Math.log(total);
		int gapCount = 0;
		for (int i = 0; i < size; i++) {
			int mask = keys.length - 1;
			int slot = hash(words[i]) & mask;
			while (keys[slot] != 0 && keys[slot] != words[i]) {
				slot = (slot + 1) & mask;
			}
			keys[slot] = words[i];
			logProbabilities[slot] = (float) (Math.log(counts[i]) - logTotal);
			tags[slot] = wordTags[i];
			gapCount += (length(words[i]) > 1 && counts[i] >= FILL_COUNT) ? length(words[i]) : 0;
		}
		float unknown = (float) (Math.log(0.5) - logTotal);
		return new Vocabulary(keys, logProbabilities, unknown, gaps(words, counts, size, gapCount),
				nameCharacters(inNames, inWords), tags, List.copyOf(tagNames));
	}

	private static long[] gaps(long[] words, int[] counts, int size, int count) {
		long[] gaps = new long[count];
		int at = 0;
		StringBuilder word = new StringBuilder(LONGEST);
		for (int i = 0; i < size; i++) {
			int length = length(words[i]);
			if (length < 2 || counts[i] < FILL_COUNT) {
				continue;
			}
			word.setLength(0);
			for (int k = length - 1; k >= 0; k--) {
				word.append((char) (FIRST + ((words[i] >>> (BITS * k)) & ((1 << BITS) - 1))));
			}
			for (int gap = 0; gap < length; gap++) {
				gaps[at++] = (gapKey(word, 0, length, gap) << BITS) | code(word.charAt(gap));
			}
		}
		Arrays.sort(gaps);
		return gaps;
	}

	/**
	 * @return the number of characters packed in the key: a key of n characters holds n
	 * above them
	 */
	private static int length(long key) {
		return (63 - Long.numberOfLeadingZeros(key)) / BITS;
	}

	private static BitSet nameCharacters(int[] inNames, int[] inWords) {
		BitSet names = new BitSet();
		for (char c = FIRST; c <= LAST; c++) {
			if ((inNames[c] + 0.5) / (inWords[c] + 1) > NAME_SHARE) {
				names.set(c);
			}
		}
		return names;
	}

	/**
	 * Receives the character that fills a gap and how much it gains.
	 */
	@FunctionalInterface
	interface FillConsumer {

		void accept(char c, double gain);

	}

}
