package org.zhongshu.proofread;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A wrong form, its right form, and the context in which it counts as wrong — one line of
 * a data file: {@code wrong<TAB>right[<TAB>conditions]}. Conditions, separated by
 * {@code ;}, each with alternatives separated by {@code |}:
 * <ul>
 * <li>{@code after:X} — the wrong form follows X;</li>
 * <li>{@code not-after:X} — it does not follow X;</li>
 * <li>{@code before:X} — it is followed by X;</li>
 * <li>{@code not-before:X} — it is not followed by X;</li>
 * <li>{@code ahead:X} — X comes within 20 characters after it;</li>
 * <li>{@code not-behind:X} — X does not end within 6 characters before it (进行深入的研究: after
 * 进行, 的 before 研究 is right);</li>
 * <li>{@code near:X} — X is within 30 characters before or after it.</li>
 * </ul>
 * The conditions are read once, when the line is: the proofreader asks them at every
 * match.
 *
 * @param wrong the wrong form
 * @param right the right form
 * @param conditions where it counts as wrong, all of them
 */
record ContextualForm(String wrong, String right, List<Condition> conditions) {

	private static final int AHEAD = 20;

	private static final int BEHIND = 6;

	private static final int NEIGHBOURHOOD = 30;

	ContextualForm {
		conditions = List.copyOf(conditions);
	}

	/**
	 * @return a wrong form that is wrong wherever it stands
	 */
	static ContextualForm anywhere(String wrong, String right) {
		return new ContextualForm(wrong, right, List.of());
	}

	static ContextualForm parse(String line) {
		String[] fields = line.split("\t");
		if (fields.length < 2) {
			throw new IllegalStateException("数据行格式不对：" + line);
		}
		List<Condition> conditions = new ArrayList<>();
		for (String condition : ((fields.length > 2) ? fields[2] : "").split(";")) {
			if (!condition.isBlank()) {
				conditions.add(Condition.parse(condition.strip()));
			}
		}
		return new ContextualForm(fields[0], fields[1], conditions);
	}

	/**
	 * @return whether the wrong form found between {@code start} and {@code end} is wrong
	 * there
	 */
	boolean appliesAt(String text, int start, int end) {
		for (Condition condition : this.conditions) {
			if (!condition.holds(text, start, end)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Where a condition looks, as the data files name it.
	 */
	enum Kind {

		AFTER("after"), NOT_AFTER("not-after"), BEFORE("before"), NOT_BEFORE("not-before"), AHEAD("ahead"),
		NOT_BEHIND("not-behind"), NEAR("near");

		private final String name;

		Kind(String name) {
			this.name = name;
		}

	}

	/**
	 * One condition: what to look for and where.
	 *
	 * @param kind where to look
	 * @param values the alternatives, any of which will do
	 */
	record Condition(Kind kind, List<String> values) {

		Condition {
			values = List.copyOf(values);
		}

		static Condition parse(String condition) {
			int colon = condition.indexOf(':');
			String name = (colon < 0) ? "" : condition.substring(0, colon);
			Kind kind = Arrays.stream(Kind.values())
				.filter((candidate) -> candidate.name.equals(name))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("无法理解的条件：" + condition));
			return new Condition(kind, List.of(condition.substring(colon + 1).split("\\|")));
		}

		boolean holds(String text, int start, int end) {
			return switch (this.kind) {
				case AFTER -> anyEndingAt(text, start);
				case NOT_AFTER -> !anyEndingAt(text, start);
				case BEFORE -> anyStartingAt(text, end);
				case NOT_BEFORE -> !anyStartingAt(text, end);
				case AHEAD -> anyWithin(text, end, Math.min(text.length(), end + AHEAD));
				case NOT_BEHIND -> !anyWithin(text, Math.max(0, start - BEHIND), start);
				case NEAR ->
					anyWithin(text, Math.max(0, start - NEIGHBOURHOOD), Math.min(text.length(), end + NEIGHBOURHOOD));
			};
		}

		private boolean anyEndingAt(String text, int at) {
			for (String value : this.values) {
				if (at >= value.length() && text.startsWith(value, at - value.length())) {
					return true;
				}
			}
			return false;
		}

		private boolean anyStartingAt(String text, int at) {
			for (String value : this.values) {
				if (text.startsWith(value, at)) {
					return true;
				}
			}
			return false;
		}

		private boolean anyWithin(String text, int from, int to) {
			for (String value : this.values) {
				for (int at = from; at + value.length() <= to; at++) {
					if (text.startsWith(value, at)) {
						return true;
					}
				}
			}
			return false;
		}

	}

}
