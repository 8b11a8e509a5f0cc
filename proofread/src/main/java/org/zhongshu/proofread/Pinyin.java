package org.zhongshu.proofread;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The readings of Chinese characters, from the pinyin dictionary HanLP ships
 * ({@code data/dictionary/pinyin/pinyin.txt}: 国=guo2, 华=hua2,hua4,hua1), without tones:
 * two characters sound alike (音近) when they share a reading, or readings that speakers of
 * many dialects do not tell apart (in/ing, en/eng, an/ang, zh/z, ch/c, sh/s, n/l, f/h).
 */
final class Pinyin {

	private static final String DICTIONARY = "data/dictionary/pinyin/pinyin.txt";

	/** Readings kept per character, each numbered in 16 bits of a {@code long}. */
	private static final int KEPT = 4;

	private static final long LANES = 0x0001_0001_0001_0001L;

	private static final long HIGH_BITS = 0x8000_8000_8000_8000L;

	private static final Pinyin INSTANCE = load();

	/**
	 * For each character, its toneless readings, numbered from 1 and packed: one memory
	 * read per character.
	 */
	private final long[] readings;

	/** For each character, its readings with the distinctions dialects blur taken out. */
	private final long[] blurred;

	/** For each reading's number, the characters that have it. */
	private final char[][] byReading;

	/** For each blurred reading's number, the characters that have it. */
	private final char[][] byBlurred;

	private Pinyin(long[] readings, long[] blurred, int numbers) {
		this.readings = readings;
		this.blurred = blurred;
		this.byReading = byNumber(readings, numbers);
		this.byBlurred = byNumber(blurred, numbers);
	}

	static Pinyin get() {
		return INSTANCE;
	}

	/**
	 * @return whether the two characters share a reading, exactly or as dialect speakers
	 * confuse them
	 */
	boolean soundAlike(char a, char b) {
		return intersect(this.blurred[a], this.blurred[b]);
	}

	/**
	 * @return the numbers of the character's toneless readings, 16 bits each from the
	 * lowest, none being 0: two characters read the same when they share one
	 */
	long readings(char c) {
		return this.readings[c];
	}

	/**
	 * Calls {@code action} with each character that sounds like {@code c}, saying whether
	 * it shares a reading with it or only a reading dialect speakers confuse; a character
	 * may come more than once.
	 */
	void forEachSoundAlike(char c, SoundAlike action) {
		for (long number = this.readings[c]; number != 0; number >>>= 16) {
			for (char other : this.byReading[(int) (number & 0xFFFF)]) {
				action.accept(other, true);
			}
		}
		for (long number = this.blurred[c]; number != 0; number >>>= 16) {
			for (char other : this.byBlurred[(int) (number & 0xFFFF)]) {
				action.accept(other, false);
			}
		}
	}

	/**
	 * @return whether two packed sets of readings share one: each reading of the first is
	 * compared with the four of the second at once, a lane of their difference being zero
	 * where they are equal
	 */
	private static boolean intersect(long x, long y) {
		for (long a = x; a != 0; a >>>= 16) {
			long difference = y ^ ((a & 0xFFFF) * LANES);
			if (((difference - LANES) & ~difference & HIGH_BITS) != 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @return the reading with the distinctions dialects blur taken out
	 */
	static String fuzzy(String reading) {
		String blurred = reading;
		if (blurred.startsWith("zh") || blurred.startsWith("ch") || blurred.startsWith("sh")) {
			blurred = blurred.charAt(0) + blurred.substring(2);
		}
		if (blurred.startsWith("n")) {
			blurred = "l" + blurred.substring(1);
		}
		if (blurred.startsWith("f")) {
			blurred = "h" + blurred.substring(1);
		}
		if (blurred.endsWith("ng") && !blurred.equals("ng")) {
			blurred = blurred.substring(0, blurred.length() - 1);
		}
		return blurred;
	}

	private static Pinyin load() {
		long[] readings = new long[Character.MAX_VALUE + 1];
		long[] blurred = new long[Character.MAX_VALUE + 1];
		Map<String, Integer> numbers = new HashMap<>();
		for (String line : Lexicon.shipped(DICTIONARY, "hanlp-portable")) {
			if (line.indexOf('=') != 1) {
				continue;
			}
			Set<Integer> exact = new LinkedHashSet<>();
			Set<Integer> fuzzy = new LinkedHashSet<>();
			for (String reading : line.substring(2).split(",")) {
				String syllable = reading.replaceAll("\\d", "");
				if (!syllable.isEmpty()) {
					exact.add(numbers.computeIfAbsent(syllable, (key) -> numbers.size() + 1));
					fuzzy.add(numbers.computeIfAbsent(fuzzy(syllable), (key) -> numbers.size() + 1));
				}
			}
			readings[line.charAt(0)] = packed(exact);
			blurred[line.charAt(0)] = packed(fuzzy);
		}
		return new Pinyin(readings, blurred, numbers.size() + 1);
	}

	private static char[][] byNumber(long[] packed, int numbers) {
		int[] counts = new int[numbers];
		for (long numbersOfOne : packed) {
			for (long number = numbersOfOne; number != 0; number >>>= 16) {
				counts[(int) (number & 0xFFFF)]++;
			}
		}
		char[][] chars = new char[numbers][];
		for (int number = 0; number < numbers; number++) {
			chars[number] = new char[counts[number]];
		}
		for (int c = 0; c < packed.length; c++) {
			for (long number = packed[c]; number != 0; number >>>= 16) {
				int n = (int) (number & 0xFFFF);
				chars[n][chars[n].length - counts[n]--] = (char) c;
			}
		}
		return chars;
	}

	private static long packed(Set<Integer> numbers) {
		long packed = 0;
		for (int number : numbers.stream().limit(KEPT).toList()) {
			packed = (packed << 16) | number;
		}
		return packed;
	}

	/**
	 * Receives a character that sounds like another.
	 */
	@FunctionalInterface
	interface SoundAlike {

		void accept(char c, boolean sameReading);

	}

}
