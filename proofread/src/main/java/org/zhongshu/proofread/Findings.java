package org.zhongshu.proofread;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What the rules find in one text, collected as issues; and the words of the text, looked
 * up once for the checks that weigh them.
 */
final class Findings {

	private static final Comparator<Issue> BY_POSITION = Comparator.comparingInt(Issue::start)
		.thenComparingInt(Issue::end)
		.thenComparing(Issue::rule);

	private final String text;

	private final RuleCatalogue catalogue;

	private final List<Issue> issues = new ArrayList<>();

	/** The characters inside a finding. */
	private final BitSet covered = new BitSet();

	/** Where findings that span no character stand. */
	private final BitSet points = new BitSet();

	private Vocabulary.Lattice words;

	Findings(String text, RuleCatalogue catalogue) {
		this.text = text;
		this.catalogue = catalogue;
	}

	/**
	 * Records that {@code rule} found the span from {@code start} to {@code end}.
	 * @param suggestions replacements, the best first
	 * @param messageArguments what the rule's message leaves to fill in
	 */
	void add(String rule, int start, int end, List<String> suggestions, Object... messageArguments) {
		RuleCatalogue.Definition definition = this.catalogue.rule(rule);
		String message = (messageArguments.length == 0) ? definition.message()
				: definition.message().formatted(messageArguments);
		this.issues.add(new Issue(start, end, this.text.substring(start, end), suggestions, rule, definition.category(),
				definition.severity(), message));
		if (start < end) {
			this.covered.set(start, end);
		}
		else {
			this.points.set(start);
		}
	}

	/**
	 * Records a finding with one replacement.
	 */
	void replace(String rule, int start, int end, String replacement, Object... messageArguments) {
		add(rule, start, end, List.of(replacement), messageArguments);
	}

	/**
	 * @return the words of the text, looked up the first time a check asks for them
	 */
	Vocabulary.Lattice words() {
		if (this.words == null) {
			this.words = Vocabulary.get().lattice(this.text);
		}
		return this.words;
	}

	/**
	 * @return whether a finding overlaps the characters from {@code start} to
	 * {@code end}, at least one
	 */
	boolean covers(int start, int end) {
		int inside = this.covered.nextSetBit(start);
		int point = this.points.nextSetBit(start + 1);
		return (inside >= 0 && inside < end) || (point >= 0 && point < end);
	}

	/**
	 * @return where the wrong characters reported so far (not only hinted at) begin
	 */
	IntStream typosReported() {
		return this.issues.stream()
			.filter((issue) -> issue.category() == Category.TYPO && issue.severity() != Severity.INFO)
			.mapToInt(Issue::start);
	}

	List<Issue> sorted() {
		this.issues.sort(BY_POSITION);
		return List.copyOf(this.issues);
	}

}
