package org.zhongshu.proofread;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words written wrong: the pairs 公文 writers confuse, each with the context in which it is
 * wrong (confusions.tsv: 截止/截至, 必须/必需, 权力/权利, 泄露/泄漏 …), and the common misspellings of
 * idioms that the word-checker package lists ({@code data/word_checker_zh.txt}: 一如继往 →
 * 一如既往), less the forms the dictionary accepts (accepted-forms.txt). Titles in 《》 are
 * left as written.
 */
final class WordConfusions implements Check {

	private static final String MISSPELLINGS = "data/word_checker_zh.txt";

	/**
	 * Shorter entries of the list (介人 for 介入) match across words (媒介人士) too often to be
	 * trusted without context.
	 */
	private static final int MINIMUM_LISTED = 4;

	private final List<ContextualForm> forms = new ArrayList<>();

	private final List<String> rules = new ArrayList<>();

	private final PhraseMatcher wrongForms;

	/**
	 * @param extra the office's own confusions: each wrong form and the right one
	 */
	WordConfusions(Map<String, String> extra) {
		for (String line : Lexicon.lines("confusions.tsv")) {
			this.forms.add(ContextualForm.parse(line));
			this.rules.add("typo.confusion");
		}
		extra.forEach((wrong, right) -> {
			this.forms.add(ContextualForm.anywhere(wrong, right));
			this.rules.add("typo.office");
		});
		Set<String> accepted = Set.copyOf(Lexicon.lines("accepted-forms.txt"));
		for (String[] pair : misspellings()) {
			if (pair[0].length() >= MINIMUM_LISTED && !accepted.contains(pair[0])) {
				this.forms.add(ContextualForm.anywhere(pair[0], pair[1]));
				this.rules.add("typo.misspelling");
			}
		}
		this.wrongForms = PhraseMatcher.of(this.forms.stream().map(ContextualForm::wrong).toList());
	}

	@Override
	public void check(String text, Findings findings) {
		this.wrongForms.forEachMatch(text, (start, end, index) -> {
			ContextualForm form = this.forms.get(index);
			if (form.appliesAt(text, start, end) && !findings.covers(start, end) && !Chars.insideTitle(text, start)) {
				findings.replace(this.rules.get(index), start, end, form.right(), form.right());
			}
		});
	}

	private static List<String[]> misspellings() {
		List<String[]> pairs = new ArrayList<>();
		for (String line : Lexicon.shipped(MISSPELLINGS, "word-checker")) {
			String[] pair = line.strip().split("(?U)\\s+");
			if (pair.length == 2 && !pair[0].equals(pair[1])) {
				pairs.add(pair);
			}
		}
		return pairs;
	}

}
