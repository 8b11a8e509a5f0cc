package org.zhongshu.proofread;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Standard formulations (规范表述): the known wrong forms of names of bodies and of the
 * Party's formulations (phrases.tsv), and texts that come within a character of a long
 * fixed formulation, or have its characters in another order (fixed-phrases.txt). An
 * added character counts only for formulations of ten characters or more: a shorter one
 * with a word inserted (有中国特色的社会主义) is usually said on purpose.
 */
final class StandardPhrasing implements Check {

	private static final int ANCHOR = 3;

	private static final Pinyin PINYIN = Pinyin.get();

	private static final int MINIMUM_FORMULATION = 6;

	/**
	 * From this length on, a near miss may also be a character added, or two characters
	 * wrong.
	 */
	private static final int LONG_FORMULATION = 10;

	private final List<ContextualForm> variants = new ArrayList<>();

	private final PhraseMatcher wrongForms;

	private final List<String> formulations;

	/**
	 * For each anchor (first or last three characters of a formulation): the formulation
	 * and which end.
	 */
	private final List<int[]> anchorTargets = new ArrayList<>();

	private final PhraseMatcher anchors;

	StandardPhrasing() {
		for (String line : Lexicon.lines("phrases.tsv")) {
			this.variants.add(ContextualForm.parse(line));
		}
		this.wrongForms = PhraseMatcher.of(this.variants.stream().map(ContextualForm::wrong).toList());
		this.formulations = Lexicon.lines("fixed-phrases.txt")
			.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.toList();
		if (this.formulations.stream().anyMatch((formulation) -> formulation.length() < MINIMUM_FORMULATION)) {
			throw new IllegalStateException("fixed-phrases.txt 中的表述至少应有 " + MINIMUM_FORMULATION + " 个字");
		}
		List<String> anchorTexts = new ArrayList<>();
		for (int i = 0; i < this.formulations.size(); i++) {
			String formulation = this.formulations.get(i);
			anchorTexts.add(formulation.substring(0, ANCHOR));
			this.anchorTargets.add(new int[] { i, 0 });
			anchorTexts.add(formulation.substring(formulation.length() - ANCHOR));
			this.anchorTargets.add(new int[] { i, 1 });
		}
		this.anchors = PhraseMatcher.of(anchorTexts);
	}

	@Override
	public void check(String text, Findings findings) {
		this.wrongForms.forEachMatch(text, (start, end, index) -> {
			ContextualForm variant = this.variants.get(index);
			if (variant.appliesAt(text, start, end)) {
				findings.replace("phr.variant", start, end, variant.right(), variant.right());
			}
		});
		List<int[]> nearMisses = new ArrayList<>();
		this.anchors.forEachMatch(text, (start, end, index) -> {
			int[] target = this.anchorTargets.get(index);
			int[] window = nearMiss(text, this.formulations.get(target[0]), (target[1] == 0) ? start : end,
					target[1] == 0);
			if (window != null) {
				nearMisses.add(new int[] { window[0], window[1], target[0] });
			}
		});
		nearMisses.sort(Comparator.comparingInt((int[] miss) -> miss[2]));
		for (int[] miss : nearMisses) {
			if (!findings.covers(miss[0], miss[1])) {
				String formulation = this.formulations.get(miss[2]);
				findings.replace("phr.near-miss", miss[0], miss[1], formulation, formulation);
			}
		}
	}

	/**
	 * @return the start and end of the text near {@code anchor} that is a near miss of
	 * the formulation, or null
	 */
	private static int[] nearMiss(String text, String formulation, int anchor, boolean fromStart) {
		int n = formulation.length();
		if (text.startsWith(formulation, fromStart ? anchor : anchor - n)) {
			return null;
		}
		int[] best = null;
		int bestDistance = Integer.MAX_VALUE;
		int longest = (n >= LONG_FORMULATION) ? n + 1 : n;
		for (int length = n - 1; length <= longest; length++) {
			int start = fromStart ? anchor : anchor - length;
			int end = start + length;
			if (start < 0 || end > text.length()) {
				continue;
			}
			String window = text.substring(start, end);
			int distance = distance(window, formulation);
			if (distance < bestDistance || (distance == bestDistance && length == n)) {
				bestDistance = distance;
				best = new int[] { start, end };
			}
		}
		int allowed = (n >= LONG_FORMULATION) ? 2 : 1;
		if (best == null || bestDistance > allowed || anotherWord(text.substring(best[0], best[1]), formulation)) {
			return null;
		}
		return best;
	}

	/**
	 * @return whether the text differs from the formulation in two neighbouring
	 * characters that do not sound like the formulation's: another word, written on
	 * purpose (学习贯彻新时代… is not 习近平新时代… misspelt)
	 */
	private static boolean anotherWord(String text, String formulation) {
		if (text.length() != formulation.length()) {
			return false;
		}
		int first = 0;
		while (first < text.length() && text.charAt(first) == formulation.charAt(first)) {
			first++;
		}
		int second = first + 1;
		return second < text.length() && text.charAt(second) != formulation.charAt(second)
				&& text.regionMatches(second + 1, formulation, second + 1, text.length() - second - 1)
				&& !(PINYIN.soundAlike(text.charAt(first), formulation.charAt(first))
						&& PINYIN.soundAlike(text.charAt(second), formulation.charAt(second)));
	}

	/**
	 * @return the edit distance with adjacent transpositions, or 1 when the two hold the
	 * same characters in another order (a swapped word)
	 */
	static int distance(String a, String b) {
		if (a.length() == b.length() && a.length() >= 8 && !a.equals(b) && sameCharacters(a, b)) {
			return 1;
		}
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

	private static boolean sameCharacters(String a, String b) {
		char[] x = a.toCharArray();
		char[] y = b.toCharArray();
		Arrays.sort(x);
		Arrays.sort(y);
		return Arrays.equals(x, y);
	}

}
