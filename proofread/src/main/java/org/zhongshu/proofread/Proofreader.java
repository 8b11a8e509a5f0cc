package org.zhongshu.proofread;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

	private final Set<String> allowed;

	private Proofreader(Builder builder) {
		this.catalogue = RuleCatalogue.get();
		List<String> allowed = new ArrayList<>(OFFICE_WORDS);
		allowed.addAll(builder.allowed);
		this.allowed = Set.copyOf(allowed);
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
		if (this.allowed.isEmpty()) {
			return issues;
		}
		return issues.stream().filter((issue) -> !isAllowed(text, issue)).toList();
	}

	/**
	 * An issue inside a word or phrase the office allows is not an issue (得 in 深得群众信任 is
	 * no particle).
	 */
	private boolean isAllowed(String text, Issue issue) {
		for (String word : this.allowed) {
			int from = Math.max(0, issue.end() - word.length());
			int at = text.indexOf(word, from);
			while (at >= 0 && at <= issue.start()) {
				if (at + word.length() >= issue.end()) {
					return true;
				}
				at = text.indexOf(word, at + 1);
			}
		}
		return false;
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
