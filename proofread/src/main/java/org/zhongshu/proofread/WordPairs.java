package org.zhongshu.proofread;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Which words follow which in 人民日报 prose, from the data Lucene's smartcn analyzer ships
 * (from the ICTCLAS project): how often each of 85,607 words was used
 * ({@code coredict.mem}, 7.9 million words) and how often each of 328,856 pairs of words
 * was ({@code bigramdict.mem}). Words and pairs are kept as the 64-bit FNV-1 hash smartcn
 * gives their text ({@code 加强@领导} for a pair), so that a look-up allocates nothing. The
 * typo model asks how much better a word fits beside its neighbours than chance would
 * have it (认真履行职责 against 认真旅行职责).
 */
final class WordPairs {

	private static final String DATA = "org/apache/lucene/analysis/cn/smart/hhmm/";

	private static final long FNV_OFFSET = 0xcbf29ce484222325L;

	private static final long FNV_PRIME = 1099511628211L;

	private static final char BETWEEN = '@';

	/**
	 * How much a pair's own count weighs against chance: an unseen pair fits
	 * {@code log(1 - MIX)}.
	 */
	private static final double MIX = 0.5;

	private static final WordPairs INSTANCE = new WordPairs(Counts.words(), Counts.pairs());

	private final Counts words;

	private final Counts pairs;

	private WordPairs(Counts words, Counts pairs) {
		this.words = words;
		this.pairs = pairs;
	}

	static WordPairs get() {
		return INSTANCE;
	}

	/**
	 * @return how well the word that holds the character at {@code changed}, read as
	 * {@code c}, goes with the words before and after it in the likeliest division of the
	 * text from {@code from} to {@code to}: the sum of both pairs' {@link #fit}
	 */
	double fitAround(CharSequence text, Vocabulary.Lattice words, int from, int to, int changed, char c) {
		return fitBeside(text, words.wordsAround(from, to, changed, c), changed, c);
	}

	/**
	 * @return how well the word of {@code around} goes with the words before and after
	 * it, the character at {@code changed} read as {@code c}: the sum of both pairs'
	 * {@link #fit}
	 */
	double fitBeside(CharSequence text, Vocabulary.Neighbours around, int changed, char c) {
		return fit(text, around.before(), around.start(), around.end(), changed, c)
				+ fit(text, around.start(), around.end(), around.after(), changed, c);
	}

	/**
	 * @param first where the first word begins, or -1 if there is none
	 * @param second where the first word ends and the second begins
	 * @param end where the second word ends, or -1 if there is none
	 * @return the log of how much better the two words of the text fit together than
	 * chance would have it, the character at {@code changed} read as {@code c}: how often
	 * they were used together against how often their own counts lead one to expect,
	 * mixed with 1 ({@link #MIX}); 0 if a word is missing
	 */
	double fit(CharSequence text, int first, int second, int end, int changed, char c) {
		if (first < 0 || end < 0) {
			return 0;
		}
		long firstWord = hash(FNV_OFFSET, text, first, second, changed, c);
		int together = together(firstWord, text, second, end, changed, c);
		if (together == 0) {
			return Math.log(1 - MIX);
		}
		double expected = (double) this.words.of(firstWord)
				* this.words.of(hash(FNV_OFFSET, text, second, end, changed, c)) / this.words.total;
		return Math.log(1 - MIX + MIX * together / Math.max(expected, 1));
	}

	/**
	 * @param first where the first word begins
	 * @param second where the first word ends and the second begins
	 * @param end where the second word ends
	 * @return how often the two words of the text were used one after the other, the
	 * character at {@code changed} read as {@code c}
	 */
	int together(CharSequence text, int first, int second, int end, int changed, char c) {
		return together(hash(FNV_OFFSET, text, first, second, changed, c), text, second, end, changed, c);
	}

	private int together(long firstWord, CharSequence text, int second, int end, int changed, char c) {
		return this.pairs.of(hash(mix(firstWord, BETWEEN), text, second, end, changed, c));
	}

	/**
	 * @return the hash after the characters from {@code start} to {@code end}, the one at
	 * {@code changed} read as {@code c}
	 */
	private static long hash(long hash, CharSequence text, int start, int end, int changed, char c) {
		long h = hash;
		for (int i = start; i < end; i++) {
			h = mix(h, (i == changed) ? c : text.charAt(i));
		}
		return h;
	}

	/**
	 * @return the hash smartcn's FNV-1 takes on after {@code c}, its low byte first
	 */
	private static long mix(long hash, char c) {
		return ((hash ^ (c & 0xFF)) * FNV_PRIME ^ (c >> 8)) * FNV_PRIME;
	}

	/**
	 * How often each of a set of texts was counted, by the texts' hashes, in a table at
	 * most half full, with a bit for each hash in a filter small enough to stay in the
	 * processor's cache (512 KB for the pairs): most pairs a guess makes were never
	 * written, which the filter tells without a look in the table.
	 */
	private static final class Counts {

		/** The hashes in their places; 0 where there is none. */
		private final long[] hashes;

		/** The counts, in the places of {@link #hashes}. */
		private final int[] counts;

		private final long[] filter;

		private final long total;

		private final int shift;

		private Counts(long[] hashes, int[] counts) {
			int size = Integer.highestOneBit(Math.max(1, hashes.length)) * 4;
			this.hashes = new long[size];
			this.counts = new int[size];
			this.shift = 64 - Integer.numberOfTrailingZeros(size);
			this.filter = new long[size / 16];
			for (int i = 0; i < hashes.length; i++) {
				long mixed = mixed(hashes[i]);
				this.filter[(int) (mixed >>> 6) & (this.filter.length - 1)] |= 1L << mixed;
				int slot = slot(hashes[i]);
				this.hashes[slot] = hashes[i];
				this.counts[slot] += counts[i];
			}
			this.total = IntStream.of(counts).asLongStream().sum();
		}

		int of(long hash) {
			long mixed = mixed(hash);
			if ((this.filter[(int) (mixed >>> 6) & (this.filter.length - 1)] & (1L << mixed)) == 0) {
				return 0;
			}
			return this.counts[slot(hash)];
		}

		private static long mixed(long hash) {
			return hash * 0x9E3779B97F4A7C15L;
		}

		/**
		 * @return the place of {@code hash}, or the empty place where it would go
		 */
		private int slot(long hash) {
			int mask = this.hashes.length - 1;
			int slot = (int) (mixed(hash) >>> this.shift);
			while (this.hashes[slot] != hash && this.hashes[slot] != 0) {
				slot = (slot + 1) & mask;
			}
			return slot;
		}

		/**
		 * Reads smartcn's table of word pairs: a hash table of the pairs' hashes, and
		 * their counts in the same places.
		 */
		static Counts pairs() {
			try (ObjectInputStream in = open("bigramdict.mem")) {
				long[] table = (long[]) in.readObject();
				int[] counts = (int[]) in.readObject();
				int[] used = IntStream.range(0, table.length).filter((slot) -> table[slot] != 0).toArray();
				return new Counts(IntStream.of(used).mapToLong((slot) -> table[slot]).toArray(),
						IntStream.of(used).map((slot) -> counts[slot]).toArray());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (ClassNotFoundException ex) {
				throw unreadable("bigramdict.mem", ex);
			}
		}

		/**
		 * Reads smartcn's dictionary: for each first character, a place in its rows of
		 * words; each row the rest of each word and its count.
		 */
		static Counts words() {
			try (ObjectInputStream in = open("coredict.mem")) {
				short[] rowOf = (short[]) in.readObject();
				char[] firstCharacters = (char[]) in.readObject();
				char[][][] rests = (char[][][]) in.readObject();
				int[][] counts = (int[][]) in.readObject();
				long[] hashes = new long[Arrays.stream(rests).mapToInt((row) -> (row != null) ? row.length : 0).sum()];
				int[] wordCounts = new int[hashes.length];
				int size = 0;
				for (int i = 0; i < firstCharacters.length; i++) {
					char[][] row = (firstCharacters[i] != 0) ? rests[rowOf[i]] : null;
					if (row == null) {
						continue;
					}
					long first = mix(FNV_OFFSET, firstCharacters[i]);
					for (int k = 0; k < row.length; k++) {
						String rest = (row[k] != null) ? new String(row[k]) : "";
						hashes[size] = hash(first, rest, 0, rest.length(), -1, '\0');
						wordCounts[size++] = counts[rowOf[i]][k];
					}
				}
				return new Counts(Arrays.copyOf(hashes, size), Arrays.copyOf(wordCounts, size));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (ClassNotFoundException ex) {
				throw unreadable("coredict.mem", ex);
			}
		}

		private static ObjectInputStream open(String file) throws IOException {
			InputStream stream = WordPairs.class.getClassLoader().getResourceAsStream(DATA + file);
			if (stream == null) {
				throw new IllegalStateException("缺少数据文件 " + DATA + file + "（lucene-analysis-smartcn）");
			}
			ObjectInputStream in = new ObjectInputStream(stream);
			in.setObjectInputFilter(Counts::primitiveArraysOnly);
			return in;
		}

		private static IllegalStateException unreadable(String file, Exception cause) {
			return new IllegalStateException("数据文件 " + DATA + file + " 无法读取", cause);
		}

		/**
		 * Lets the data's streams hold nothing but arrays of numbers and characters.
		 */
		private static ObjectInputFilter.Status primitiveArraysOnly(ObjectInputFilter.FilterInfo info) {
			Class<?> type = info.serialClass();
			if (type == null) {
				return ObjectInputFilter.Status.UNDECIDED;
			}
			while (type.isArray()) {
				type = type.getComponentType();
			}
			return type.isPrimitive() ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
		}

	}

}
