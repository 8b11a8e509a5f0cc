package org.zhongshu.proofread;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One body, place, project or document named the same way throughout a text: a later
 * mention that differs from an earlier one by a changed, added or dropped character
 * (市委督察室 after 市委督查室, 市住房与城乡建设局 after 市住房和城乡建设局) is flagged, the first mention being the
 * reference, unless a character in which the first differs is itself flagged (永仓县 … 永昌县:
 * the typo model corrects 仓, and the later mention is right). Abbreviations (市发改委 after
 * 市发展和改革委员会) differ by more and are left alone.
 */
final class BodyNames implements Check {

	private static final String JOINERS = "和与及";

	private static final int KEY_LENGTH = 10;

	private static final String MODIFIERS = "各全本该这那每其此上下新老原";

	private final List<String> suffixes = new ArrayList<>();

	/** For each ending, the group of endings that may stand for each other. */
	private final Map<String, Integer> groups = new HashMap<>();

	private final PhraseMatcher endings;

	private final Pinyin pinyin = Pinyin.get();

	BodyNames() {
		List<String> lines = Lexicon.lines("body-suffixes.txt");
		for (int group = 0; group < lines.size(); group++) {
			for (String suffix : lines.get(group).split("\t")) {
				this.suffixes.add(suffix);
				this.groups.put(suffix, group);
			}
		}
		this.endings = PhraseMatcher.of(this.suffixes);
	}

	@Override
	public void check(String text, Findings findings) {
		List<int[]> mentions = new ArrayList<>();
		this.endings.forEachMatch(text, (start, end, suffix) -> {
			if (!mentions.isEmpty() && mentions.get(mentions.size() - 1)[1] == end) {
				int[] last = mentions.get(mentions.size() - 1);
				if (start < last[0]) {
					mentions.set(mentions.size() - 1, new int[] { start, end, suffix });
				}
				return;
			}
			mentions.add(new int[] { start, end, suffix });
		});
		Map<String, int[]> distinct = new LinkedHashMap<>();
		for (int[] mention : mentions) {
			String key = key(text, mention);
			if (distinct.containsKey(key)) {
				continue;
			}
			for (int[] earlier : distinct.values()) {
				if (this.groups.get(this.suffixes.get(earlier[2]))
					.equals(this.groups.get(this.suffixes.get(mention[2])))
						&& compare(text, earlier, mention, findings)) {
					break;
				}
			}
			distinct.put(key, mention);
		}
	}

	/**
	 * @return what identifies a mention: its ending and the characters before it, so that
	 * the same name met again is compared once
	 */
	private static String key(String text, int[] mention) {
		int start = mention[0];
		while (start > 0 && mention[0] - start < KEY_LENGTH && Chars.isHan(text.charAt(start - 1))) {
			start--;
		}
		return text.substring(start, mention[1]);
	}

	/**
	 * Walks back from the endings of two mentions, allowing a few changed, added or
	 * dropped characters.
	 * @return whether the later mention was flagged
	 */
	private boolean compare(String text, int[] a, int[] b, Findings findings) {
		boolean sameEnding = a[2] == b[2];
		int p = a[0] - 1;
		int q = b[0] - 1;
		int common = 0;
		int edits = sameEnding ? 0 : 1;
		boolean onlySoundAlike = true;
		boolean earlierDoubted = false;
		while (p >= 0 && q > a[1] - 1 && Chars.isHan(text.charAt(p)) && Chars.isHan(text.charAt(q))) {
			char x = text.charAt(p);
			char y = text.charAt(q);
			if (x == y) {
				common++;
				p--;
				q--;
				continue;
			}
			if (edits >= 2) {
				break;
			}
			if (endsTogether(text, p - 1, q - 1)
					|| (Chars.isHan(Chars.at(text, p - 1)) && Chars.at(text, p - 1) == Chars.at(text, q - 1))) {
				onlySoundAlike &= this.pinyin.soundAlike(x, y) || (JOINERS.indexOf(x) >= 0 && JOINERS.indexOf(y) >= 0);
				earlierDoubted |= findings.covers(p, p + 1);
				edits++;
				p--;
				q--;
				continue;
			}
			int skippedInA = skip(text, p, q);
			int skippedInB = (skippedInA > 0) ? 0 : skip(text, q, p);
			if (skippedInA > 0 || skippedInB > 0) {
				int at = (skippedInA > 0) ? p : q;
				int skipped = Math.max(skippedInA, skippedInB);
				if (modifies(text, at, skipped)) {
					return false;
				}
				onlySoundAlike &= skipped == 1 && JOINERS.indexOf(text.charAt(at)) >= 0;
				earlierDoubted |= skippedInA > 0 && findings.covers(p - skippedInA + 1, p + 1);
				edits += skipped;
				p -= skippedInA;
				q -= skippedInB;
				continue;
			}
			break;
		}
		boolean similar = edits >= 1 && edits <= 2 && ((common >= 4) || (common >= 1 && onlySoundAlike));
		if (!similar || findings.covers(q + 1, b[1]) || earlierDoubted) {
			return false;
		}
		String reference = text.substring(p + 1, a[1]);
		findings.replace("cons.unit", q + 1, b[1], reference, reference);
		return true;
	}

	/**
	 * @return how many characters (1 or 2) to skip back from {@code from} so that it
	 * meets the character at {@code other}; 0 if neither does
	 */
	private static int skip(String text, int from, int other) {
		for (int k = 1; k <= 2; k++) {
			if (from - k >= 0 && text.charAt(from - k) == text.charAt(other)
					&& Chars.isHan(text.charAt(from - k + 1))) {
				return k;
			}
		}
		return 0;
	}

	/**
	 * @return whether the characters to skip are a word that qualifies a name rather than
	 * changes it (南方各游击区 is 南方游击区 taken one by one)
	 */
	private static boolean modifies(String text, int from, int count) {
		for (int k = 0; k < count; k++) {
			if (MODIFIERS.indexOf(text.charAt(from - k)) >= 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @return whether both walks reach the beginning of their mention at once (the start
	 * of the text or something not Chinese)
	 */
	private static boolean endsTogether(String text, int p, int q) {
		return (p < 0 || !Chars.isHan(text.charAt(p))) && (q < 0 || !Chars.isHan(text.charAt(q)));
	}

}
