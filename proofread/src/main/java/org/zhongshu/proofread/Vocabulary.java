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

	private static final long CODE_MASK = (1 << BITS) - 1;

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
	 * The words that fill each gap key (大数□), each packed as its log-probability's bits
	 * above the character that fills the gap, one key's words together, the likeliest
	 * first.
	 */
	private final long[] fills;

	/**
	 * The gap keys by hash, each followed by where its words begin and end in
	 * {@link #fills}, in at most half the places.
	 */
	private final long[] gapIndex;

	/**
	 * A bit for the hash of each gap key, 128 KB, small enough to stay in the processor's
	 * cache: most stretches the typo model asks about fit no word, and are told so
	 * without a look in {@link #gapIndex}.
	 */
	private final long[] gapFilter = new long[1 << 14];

	/**
	 * The log-probability of each character as a word of its own, or as one seen once if
	 * the dictionary lacks it: asked about every character of a text.
	 */
	private final float[] characters = new float[LAST - FIRST + 1];

	/**
	 * A bit for the hash of each beginning of two or three characters of a longer word,
	 * 256 KB: most words of a text begin no longer word, which a look here tells.
	 */
	private final long[] prefixes = new long[1 << 15];

	/**
	 * A bit for the hash of each word of more than one character, 512 KB: most stretches
	 * of a text are no word, which a look here tells.
	 */
	private final long[] wordFilter = new long[1 << 16];

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
		float[] gapLogProbabilities = new float[gaps.length];
		for (int i = 0; i < gaps.length; i++) {
			gapLogProbabilities[i] = logProbabilities[slot(keys, filledWord(gaps[i]))];
		}
		int keyCount = 0;
		for (int start = 0, end; start < gaps.length; start = end, keyCount++) {
			end = groupEnd(gaps, start);
			likeliestFirst(gaps, gapLogProbabilities, start, end);
		}
		this.fills = new long[gaps.length];
		for (int i = 0; i < gaps.length; i++) {
			this.fills[i] = ((long) Float.floatToRawIntBits(gapLogProbabilities[i]) << 32) | (gaps[i] & CODE_MASK);
		}
		this.gapIndex = new long[Integer.highestOneBit(Math.max(1, keyCount)) * 8];
		int mask = this.gapIndex.length / 2 - 1;
		for (int start = 0, end; start < gaps.length; start = end) {
			end = groupEnd(gaps, start);
			long key = gaps[start] >>> BITS;
			put(this.gapFilter, key);
			int slot = hash(key) & mask;
			while (this.gapIndex[2 * slot] != 0) {
				slot = (slot + 1) & mask;
			}
			this.gapIndex[2 * slot] = key;
			this.gapIndex[2 * slot + 1] = ((long) start << 32) | end;
		}
		Arrays.fill(this.characters, unknown);
		for (int slot = 0; slot < keys.length; slot++) {
			int length = (keys[slot] != 0) ? length(keys[slot]) : 0;
			if (length == 1) {
				this.characters[(int) (keys[slot] & CODE_MASK)] = logProbabilities[slot];
			}
			if (length > 1) {
				put(this.wordFilter, keys[slot]);
			}
			for (int prefix = 2; prefix < length; prefix++) {
				put(this.prefixes, ((long) prefix << (BITS * prefix))
						| ((keys[slot] & ((1L << (BITS * length)) - 1)) >>> (BITS * (length - prefix))));
			}
		}
		this.nameCharacters = nameCharacters;
		this.tags = tags;
		this.tagNames = tagNames;
	}

	/**
	 * @return where the words of the gap key that begins at {@code start} end
	 */
	private static int groupEnd(long[] gaps, int start) {
		int end = start + 1;
		while (end < gaps.length && (gaps[end] >>> BITS) == (gaps[start] >>> BITS)) {
			end++;
		}
		return end;
	}

	/**
	 * Sorts the words of one gap key from the likeliest down, so that a look-up can stop
	 * at the first word too rare to matter.
	 */
	private static void likeliestFirst(long[] gaps, float[] logProbabilities, int start, int end) {
		long[] order = new long[end - start];
		for (int i = 0; i < order.length; i++) {
			order[i] = ((long) Float.floatToIntBits(-logProbabilities[start + i]) << 32) | i;
		}
		Arrays.sort(order);
		long[] words = Arrays.copyOfRange(gaps, start, end);
		float[] logs = Arrays.copyOfRange(logProbabilities, start, end);
		for (int i = 0; i < order.length; i++) {
			gaps[start + i] = words[(int) order[i]];
			logProbabilities[start + i] = logs[(int) order[i]];
		}
	}

	static Vocabulary get() {
		return INSTANCE;
	}

	/**
	 * @return whether a word of more than one character likelier than {@code least} holds
	 * the character at {@code at}
	 */
	boolean inWord(CharSequence text, int at, double least) {
		return anyWordHolding(at, text.length(), (start, end) -> logProbability(pack(text, start, end)) > least);
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
	 * Calls {@code action} with each word of two characters at least as likely as
	 * {@code least}.
	 */
	void forEachWordOfTwo(double least, WordOfTwo action) {
		for (int slot = 0; slot < this.keys.length; slot++) {
			long key = this.keys[slot];
			if (key != 0 && length(key) == 2 && this.logProbabilities[slot] >= least) {
				action.accept((char) (FIRST + ((key >>> BITS) & CODE_MASK)), (char) (FIRST + (key & CODE_MASK)),
						this.logProbabilities[slot]);
			}
		}
	}

	/**
	 * @return the words of the text, each looked up once
	 */
	Lattice lattice(CharSequence text) {
		return new Lattice(text);
	}

	/**
	 * @return the log-probability of the character as a word of its own; a character not
	 * in the dictionary counts as a word seen once
	 */
	float characterLogProbability(char c) {
		int code = code(c);
		return (code >= 0) ? this.characters[code] : this.unknown;
	}

	/**
	 * @return the log-probability of the word of more than one character packed in the
	 * key, or negative infinity if there is none
	 */
	private float logProbability(long key) {
		int slot = mayHold(this.wordFilter, key) ? slot(key) : -1;
		return (slot >= 0) ? this.logProbabilities[slot] : Float.NEGATIVE_INFINITY;
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
		return pack(text, start, end, -1, '\0');
	}

	/**
	 * @return the characters packed as {@link #pack(CharSequence, int, int)}, the one at
	 * {@code changed} read as {@code c}
	 */
	private static long pack(CharSequence text, int start, int end, int changed, char c) {
		if (end - start > LONGEST || end <= start) {
			return -1;
		}
		long key = end - start;
		for (int i = start; i < end; i++) {
			int code = code((i == changed) ? c : text.charAt(i));
			if (code < 0) {
				return -1;
			}
			key = (key << BITS) | code;
		}
		return key;
	}

	/**
	 * @return the word a gap entry (a gap key above the character that fills it) makes,
	 * packed as {@link #pack}
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

	/**
	 * @return whether {@code test} accepts a stretch of two to four characters of a text
	 * of {@code length} characters that holds the one at {@code at}
	 */
	private static boolean anyWordHolding(int at, int length, StretchTest test) {
		for (int start = Math.max(0, at - LONGEST + 1); start <= at; start++) {
			for (int end = Math.max(start + 2, at + 1); end <= Math.min(length, start + LONGEST); end++) {
				if (test.accepts(start, end)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Sets the bit of {@code key} in a filter of a power of two longs.
	 */
	private static void put(long[] filter, long key) {
		int hash = hash(key);
		filter[(hash >>> 6) & (filter.length - 1)] |= 1L << hash;
	}

	/**
	 * @return whether the filter may hold {@code key}: false only if it surely does not
	 */
	private static boolean mayHold(long[] filter, long key) {
		int hash = hash(key);
		return (filter[(hash >>> 6) & (filter.length - 1)] & (1L << hash)) != 0;
	}

	/**
	 * @return a hash of a key packed in a long, its bits well mixed for open addressing
	 */
	static int hash(long key) {
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
	 * The dictionary's words in one text: how likely the word of one to four characters
	 * that begins at each place is, looked up once, so that the typo model can weigh many
	 * guesses at a text, each changing one character, looking up only the words the
	 * change makes. Made for one check on one thread: it reuses a buffer between
	 * questions.
	 */
	final class Lattice {

		private final CharSequence text;

		/**
		 * At {@code start * LONGEST + length - 1}, the log-probability of the word of
		 * that length beginning there: negative infinity where the text makes no word of
		 * more than one character, a single character not in the dictionary counting as a
		 * word seen once.
		 */
		private final float[] words;

		private double[] best = new double[16];

		/**
		 * Where the last word of the likeliest division up to each place begins, kept by
		 * {@link #wordsAround}.
		 */
		private int[] back = new int[16];

		/**
		 * Where the stretch last asked about began, with {@link #best} right for the text
		 * as written at every place up to {@link #unchangedTo}: a guess at one character
		 * of the same stretch need not weigh again the words before it. -1 if none.
		 */
		private int unchangedFrom = -1;

		private int unchangedTo;

		private Lattice(CharSequence text) {
			this.text = text;
			this.words = new float[text.length() * LONGEST];
			Arrays.fill(this.words, Float.NEGATIVE_INFINITY);
			for (int start = 0; start < text.length(); start++) {
				this.words[start * LONGEST] = characterLogProbability(text.charAt(start));
				for (int end = start + 2; end <= Math.min(text.length(), start + LONGEST); end++) {
					long key = pack(text, start, end);
					this.words[start * LONGEST + end - start - 1] = logProbability(key);
					if (key < 0 || !mayHold(Vocabulary.this.prefixes, key)) {
						break;
					}
				}
			}
		}

		/**
		 * @return the number of characters of the text
		 */
		int length() {
			return this.text.length();
		}

		/**
		 * @return the log-probability of the word of more than one character the text
		 * from {@code start} to {@code end} is, or negative infinity if it is not one
		 */
		double word(int start, int end) {
			return (end - start > 1) ? this.words[start * LONGEST + end - start - 1] : Double.NEGATIVE_INFINITY;
		}

		/**
		 * @return whether the character at {@code at} is part of a word of more than one
		 * character
		 */
		boolean inWord(int at) {
			return anyWordHolding(at, this.text.length(), (start, end) -> word(start, end) > Double.NEGATIVE_INFINITY);
		}

		/**
		 * @return the log-probability of the character at {@code at} as a word of its own
		 */
		double character(int at) {
			return this.words[at * LONGEST];
		}

		/**
		 * @return whether the character at {@code at} is one of the commonest words, used
		 * at least once in every 300 words (了, 是, 在, 的, 人, 年 …)
		 */
		boolean isVeryCommon(int at) {
			return character(at) > VERY_COMMON;
		}

		/**
		 * @return the log-likelihood of the likeliest division into words of the text
		 * from {@code from} to {@code to}; a character no word covers counts as a word
		 * seen once
		 */
		double likelihood(int from, int to) {
			return likelihood(from, to, -1, '\0');
		}

		/**
		 * @return the log-likelihood of the text from {@code from} to {@code to} as
		 * {@link #likelihood(int, int)}, with the character at {@code changed} read as
		 * {@code c}
		 */
		double likelihood(int from, int to, int changed, char c) {
			return likeliest(from, to, changed, c, false);
		}

		/**
		 * @param divide whether to keep where each word of the likeliest division begins
		 */
		private double likeliest(int from, int to, int changed, char c, boolean divide) {
			if (this.best.length <= to - from) {
				this.best = new double[to - from + 1];
				this.back = new int[to - from + 1];
				this.unchangedFrom = -1;
			}
			this.best[0] = 0;
			int unchanged = (from <= changed && changed < to) ? changed : to;
			int first = (!divide && from == this.unchangedFrom) ? Math.min(this.unchangedTo, unchanged) : from;
			for (int end = first + 1; end <= to; end++) {
				double likeliest = Double.NEGATIVE_INFINITY;
				for (int start = Math.max(from, end - LONGEST); start < end; start++) {
					double through = this.best[start - from] + word(start, end, changed, c);
					if (divide && through > likeliest) {
						this.back[end - from] = start;
					}
					likeliest = Math.max(likeliest, through);
				}
				this.best[end - from] = likeliest;
			}
			this.unchangedFrom = from;
			this.unchangedTo = unchanged;
			return this.best[to - from];
		}

		/**
		 * @return the word that holds the character at {@code changed}, read as
		 * {@code c}, and the words either side of it, in the likeliest division into
		 * words of the text from {@code from} to {@code to}
		 */
		Neighbours wordsAround(int from, int to, int changed, char c) {
			likeliest(from, to, changed, c, true);
			for (int end = to, next = -1; end > from; next = end, end = this.back[end - from]) {
				int start = this.back[end - from];
				if (start <= changed) {
					return new Neighbours((start > from) ? this.back[start - from] : -1, start, end, next);
				}
			}
			throw new IllegalArgumentException("位置 " + changed + " 不在 " + from + "–" + to + " 之间");
		}

		/**
		 * @return the log-probability of the text from {@code start} to {@code end} as
		 * one word, with the character at {@code changed} read as {@code c}: negative
		 * infinity if it is not a word of more than one character; a single character not
		 * in the dictionary counts as a word seen once
		 */
		private double word(int start, int end, int changed, char c) {
			return (start <= changed && changed < end) ? lookUp(start, end, changed, c)
					: this.words[start * LONGEST + end - start - 1];
		}

		/**
		 * Calls {@code action} with the character of every word that reads as the text
		 * from {@code start} to {@code end} with the character at {@code gap} replaced,
		 * and with how much likelier that word is than the text it would replace, the
		 * likeliest first, while that gain is above {@code least}.
		 */
		void forEachFill(int start, int end, int gap, double least, FillConsumer action) {
			long key = gapKey(this.text, start, end, gap);
			if (key < 0) {
				return;
			}
			if (!mayHold(Vocabulary.this.gapFilter, key)) {
				return;
			}
			long[] index = Vocabulary.this.gapIndex;
			int mask = index.length / 2 - 1;
			int slot = hash(key) & mask;
			while (index[2 * slot] != key) {
				if (index[2 * slot] == 0) {
					return;
				}
				slot = (slot + 1) & mask;
			}
			double replaced = likelihood(start, end);
			for (int i = (int) (index[2 * slot + 1] >>> 32); i < (int) index[2 * slot + 1]; i++) {
				long fill = Vocabulary.this.fills[i];
				double gain = Float.intBitsToFloat((int) (fill >>> 32)) - replaced;
				if (gain <= least) {
					return;
				}
				action.accept((char) (FIRST + (fill & CODE_MASK)), gain);
			}
		}

		private float lookUp(int start, int end, int changed, char c) {
			return (end - start == 1) ? characterLogProbability(c)
					: logProbability(pack(this.text, start, end, changed, c));
		}

	}

	/**
	 * A word of a text with the words either side of it, by where they begin and end.
	 *
	 * @param before where the word before begins, -1 if the stretch divided has none
	 * @param start where the word begins
	 * @param end where the word ends and the word after begins
	 * @param after where the word after ends, -1 if the stretch divided has none
	 */
	record Neighbours(int before, int start, int end, int after) {
	}

	/**
	 * Tells whether a stretch of a text, from {@code start} to {@code end}, will do.
	 */
	@FunctionalInterface
	private interface StretchTest {

		boolean accepts(int start, int end);

	}

	/**
	 * Receives a word of two characters and its log-probability.
	 */
	@FunctionalInterface
	interface WordOfTwo {

		void accept(char first, char second, float logProbability);

	}

	/**
	 * Receives the character that fills a gap and how much it gains.
	 */
	@FunctionalInterface
	interface FillConsumer {

		void accept(char c, double gain);

	}

}
