package org.zhongshu.proofread;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The proofreader for official documents. Build it once, with the office's roster,
 * allow-list and own confusions, and use it from any number of threads:
 *
 * <pre>
 * Proofreader proofreader = Proofreader.builder().roster(people).build();
 * List&lt;Issue&gt; issues = proofreader.check(text);
 * </pre>
 */
public final class Proofreader {

	/**
	 * Words of today's official documents the dictionary lacks (视情, 抗疫, 深得): allowed in
	 * every office's texts, as the office's own words are.
	 */
	private static final List<String> OFFICE_WORDS = Lexicon.lines("office-words.txt");

	private final List<Check> checks;

	private final RuleCatalogue catalogue;

	/**
	 * The allowed words and phrases, found in a text in one pass however many there are.
	 */
	private final PhraseMatcher allowed;

	private Proofreader(Builder builder) {
		this.catalogue = RuleCatalogue.get();
		List<String> allowed = new ArrayList<>(OFFICE_WORDS);
		allowed.addAll(builder.allowed);
		this.allowed = PhraseMatcher.of(List.copyOf(new LinkedHashSet<>(allowed)));
		// A span one check has flagged is left to it; the body names come last, to see
		// which of their characters the typo model doubts.
		this.checks = List.of(new HalfWidthMarks(), new PairedMarks(), new RepeatedMarks(), new EnumerationCommas(),
				new OrdinalMarks(), new QuestionMarks(), new Numbers(), new FixedNumeralWords(), new Dates(),
				new DocumentFormat(), new HeadingSequence(), new StandardPhrasing(), new RosterNames(builder.roster),
				new WordConfusions(builder.confusions), new StructuralParticles(),
				new LikelyTypos(ownNames(builder, allowed)), new BodyNames());
	}

	/**
	 * @return the words and names the office writes its own way: the typo model leaves
	 * them alone
	 */
	private static List<String> ownNames(Builder builder, List<String> allowed) {
		List<String> names = new ArrayList<>(allowed);
		builder.roster.forEach((entry) -> names.add(entry.name()));
		return names;
	}

	public static Builder builder() {
		return new Builder();
	}

	/**
	 * @param text any text; line breaks separate paragraphs
	 * @return what is wrong in it, sorted by position
	 */
	public List<Issue> check(String text) {
		Findings findings = new Findings(text, this.catalogue);
		for (Check check : this.checks) {
			check.check(text, findings);
		}
		List<Issue> issues = findings.sorted();
		if (issues.isEmpty()) {
			return issues;
		}
		return withoutAllowed(text, issues);
	}

	/**
	 * An issue inside a word or phrase the office allows is not an issue (得 in 深得群众信任 is
	 * no particle). The allowed words are found in one pass, and the issues, in text
	 * order, are held against the farthest any allowed word that begins at or before them
	 * reaches.
	 */
	private List<Issue> withoutAllowed(String text, List<Issue> issues) {
		List<int[]> spans = new ArrayList<>();
		this.allowed.forEachMatch(text, (start, end, index) -> spans.add(new int[] { start, end }));
		if (spans.isEmpty()) {
			return issues;
		}
		spans.sort(Comparator.comparingInt((int[] span) -> span[0]));
		List<Issue> kept = new ArrayList<>(issues.size());
		int next = 0;
		int reach = -1;
		for (Issue issue : issues) {
			while (next < spans.size() && spans.get(next)[0] <= issue.start()) {
				reach = Math.max(reach, spans.get(next++)[1]);
			}
			if (reach < issue.end()) {
				kept.add(issue);
			}
		}
		return kept;
	}

	/**
	 * Configures a {@link Proofreader}.
	 */
	public static final class Builder {

		private final List<String> allowed = new ArrayList<>();

		private final List<RosterEntry> roster = new ArrayList<>();

		private final Map<String, String> confusions = new LinkedHashMap<>();

		private Builder() {
		}

		/**
		 * @param people the people the office's texts name, with their titles: names
		 * close to these are flagged as misspelt, other titles for them as likely wrong
		 * @return this builder
		 */
		public Builder roster(Collection<RosterEntry> people) {
			this.roster.addAll(people);
			return this;
		}

		/**
		 * @param words words and phrases that are right in this office's texts, whatever
		 * the rules say (names of local projects, terms of art)
		 * @return this builder
		 */
		public Builder allow(Collection<String> words) {
			words.stream().map(String::strip).filter((word) -> !word.isEmpty()).forEach(this.allowed::add);
			return this;
		}

		/**
		 * @param confusions words this office often gets wrong, each wrong form with the
		 * right one (大数局 → 大数据局), flagged wherever they occur
		 * @return this builder
		 * @throws IllegalArgumentException if a pair is blank or the same both ways
		 */
		public Builder confusions(Map<String, String> confusions) {
			confusions.forEach((wrong, right) -> {
				if (wrong.isBlank() || right.isBlank() || wrong.strip().equals(right.strip())) {
					throw new IllegalArgumentException("易错词“" + wrong + "”应给出不同的正确写法");
				}
				this.confusions.put(wrong.strip(), right.strip());
			});
			return this;
		}

		public Proofreader build() {
			return new Proofreader(this);
		}

	}

}
