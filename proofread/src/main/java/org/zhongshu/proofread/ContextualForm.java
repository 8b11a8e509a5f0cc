package org.zhongshu.proofread;

import java.util.Arrays;
import java.util.Set;

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
 * <li>{@code near:X} — X is within 30 characters before or after it.</li>
 * </ul>
 *
 * @param wrong the wrong form
 * @param right the right form
 * @param conditions where it counts as wrong
 */
record ContextualForm(String wrong, String right, String conditions) {

	private static final Set<String> KINDS = Set.of("after", "not-after", "before", "not-before", "ahead", "near");

	private static final int AHEAD = 20;

	private static final int NEIGHBOURHOOD = 30;

	static ContextualForm parse(String line) {
		String[] fields = line.split("\t");
		if (fields.length < 2) {
			throw new IllegalStateException("数据行格式不对：" + line);
		}
		ContextualForm form = new ContextualForm(fields[0], fields[1], (fields.length > 2) ? fields[2] : "");
		for (String condition : form.conditions().split(";")) {
			if (!condition.isBlank() && !KINDS.contains(condition.strip().split(":")[0])) {
				throw new IllegalStateException("无法理解的条件：" + condition);
			}
		}
		return form;
	}

	/**
	 * @return whether the wrong form found between {@code start} and {@code end} is wrong
	 * there
	 */
	boolean appliesAt(String text, int start, int end) {
		for (String condition : this.conditions.split(";")) {
			if (!condition.isBlank() && !holds(condition.strip(), text, start, end)) {
				return false;
			}
		}
		return true;
	}

	private static boolean holds(String condition, String text, int start, int end) {
		int colon = condition.indexOf(':');
		if (colon < 0) {
			throw new IllegalStateException("无法理解的条件：" + condition);
		}
		String[] values = condition.substring(colon + 1).split("\\|");
		return switch (condition.substring(0, colon)) {
			case "after" -> Arrays.stream(values).anyMatch((value) -> follows(text, start, value));
			case "not-after" -> Arrays.stream(values).noneMatch((value) -> follows(text, start, value));
			case "before" -> Arrays.stream(values).anyMatch((value) -> text.startsWith(value, end));
			case "not-before" -> Arrays.stream(values).noneMatch((value) -> text.startsWith(value, end));
			case "ahead" -> {
				String after = text.substring(end, Math.min(text.length(), end + AHEAD));
				yield Arrays.stream(values).anyMatch(after::contains);
			}
			case "near" -> {
				String around = text.substring(Math.max(0, start - NEIGHBOURHOOD),
						Math.min(text.length(), end + NEIGHBOURHOOD));
				yield Arrays.stream(values).anyMatch(around::contains);
			}
			default -> throw new IllegalStateException("无法理解的条件：" + condition);
		};
	}

	private static boolean follows(String text, int start, String value) {
		return start >= value.length() && text.startsWith(value, start - value.length());
	}

}
