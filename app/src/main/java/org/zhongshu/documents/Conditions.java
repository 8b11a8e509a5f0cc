package org.zhongshu.documents;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.CurrentUser;

/**
 * The WHERE of a register's query, condition by condition, every value a parameter:
 * whatever a person types into a filter reaches SQL only as a value, with LIKE's
 * wildcards taken literally.
 */
final class Conditions {

	private final List<String> conditions = new ArrayList<>();

	private final Map<String, Object> params = new HashMap<>();

	/**
	 * Keeps only what the reader is cleared for.
	 */
	Conditions cleared(String column, CurrentUser reader) {
		this.conditions.add(column + " in (:cleared)");
		this.params.put("cleared",
				Arrays.stream(Classification.values())
					.filter((level) -> level.compareTo(reader.clearance()) <= 0)
					.map(Classification::name)
					.toList());
		return this;
	}

	/**
	 * Keeps rows whose column equals the value, unless the value is empty.
	 */
	Conditions equal(String column, String name, @Nullable Object value) {
		if (value != null && !value.toString().isBlank()) {
			this.conditions.add(column + " = :" + name);
			this.params.put(name, (value instanceof Enum<?> constant) ? constant.name() : value.toString().strip());
		}
		return this;
	}

	/**
	 * Keeps rows whose column is one of the values; none when there are no values.
	 */
	Conditions among(String column, String name, List<String> values) {
		if (values.isEmpty()) {
			this.conditions.add("false");
		}
		else {
			this.conditions.add(column + " in (:" + name + ")");
			this.params.put(name, List.copyOf(values));
		}
		return this;
	}

	/**
	 * Keeps rows whose title contains the text, unless the text is empty. A word of two
	 * characters, which the index of trigrams cannot answer, is first looked up in the
	 * index of character pairs (migration V14), and only the titles holding it compared.
	 */
	Conditions titleContains(String column, String name, @Nullable String text) {
		contains(column, name, text);
		if (text != null && text.strip().codePointCount(0, text.strip().length()) == 2) {
			this.conditions.add("title_bigrams(" + column + ") @> array[:" + name + "Pair]::text[]");
			this.params.put(name + "Pair", text.strip());
		}
		return this;
	}

	/**
	 * Keeps rows whose column contains the text, unless the text is empty.
	 */
	Conditions contains(String column, String name, @Nullable String text) {
		if (text != null && !text.isBlank()) {
			this.conditions.add(column + " like :" + name);
			this.params.put(name,
					"%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		return this;
	}

	/**
	 * Keeps rows whose time falls on the days from and to (each included, either may be
	 * empty), in the year if one is given, as the office's calendar has them.
	 */
	Conditions days(String column, @Nullable Integer year, @Nullable LocalDate from, @Nullable LocalDate to,
			ZoneId zone) {
		if (year != null) {
			this.conditions.add(column + " >= :yearStart and " + column + " < :yearEnd");
			this.params.put("yearStart", LocalDate.of(year, 1, 1).atStartOfDay(zone).toOffsetDateTime());
			this.params.put("yearEnd", LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toOffsetDateTime());
		}
		if (from != null) {
			this.conditions.add(column + " >= :from");
			this.params.put("from", from.atStartOfDay(zone).toOffsetDateTime());
		}
		if (to != null) {
			this.conditions.add(column + " < :to");
			this.params.put("to", to.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
		}
		return this;
	}

	String where() {
		return this.conditions.isEmpty() ? "" : " where " + String.join(" and ", this.conditions);
	}

	Map<String, Object> params() {
		return Map.copyOf(this.params);
	}

}
