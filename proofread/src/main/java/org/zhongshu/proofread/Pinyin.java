package org.zhongshu.proofread;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The readings of Chinese characters, from the pinyin dictionary HanLP ships
 * ({@code data/dictionary/pinyin/pinyin.txt}: 国=guo2, 华=hua2,hua4,hua1), without tones:
 * two characters sound alike (音近) when they share a reading, or readings that speakers of
 * many dialects do not tell apart (in/ing, en/eng, an/ang, zh/z, ch/c, sh/s, n/l, f/h).
 */
final class Pinyin {

	private static final String DICTIONARY = "data/dictionary/pinyin/pinyin.txt";

	private static final Pinyin INSTANCE = load();

	private final Map<Character, String[]> readings;

	private Pinyin(Map<Character, String[]> readings) {
		this.readings = readings;
	}

	static Pinyin get() {
		return INSTANCE;
	}

	/**
	 * @return the toneless readings of the character, none if unknown
	 */
	String[] readings(char c) {
		return this.readings.getOrDefault(c, new String[0]);
	}

	/**
	 * @return whether the two characters share a reading, exactly or as dialect speakers
	 * confuse them
	 */
	boolean soundAlike(char a, char b) {
		for (String x : readings(a)) {
			for (String y : readings(b)) {
				if (fuzzy(x).equals(fuzzy(y))) {
					return true;
				}
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
		Map<Character, String[]> readings = new HashMap<>();
		for (String line : Lexicon.shipped(DICTIONARY, "hanlp-portable")) {
			if (line.indexOf('=') != 1) {
				continue;
			}
			List<String> toneless = new ArrayList<>();
			for (String reading : line.substring(2).split(",")) {
				String syllable = reading.replaceAll("\\d", "");
				if (!syllable.isEmpty() && !toneless.contains(syllable)) {
					toneless.add(syllable);
				}
			}
			readings.put(line.charAt(0), toneless.toArray(String[]::new));
		}
		return new Pinyin(readings);
	}

}
