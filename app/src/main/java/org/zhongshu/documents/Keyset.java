package org.zhongshu.documents;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Pages of a register, newest first, read by key (the last line's time and id) rather
 * than by offset: a page half-way through a million lines reads as fast as the first. The
 * lines a filter finds are counted up to {@value #COUNTED}.
 */
final class Keyset {

	/** Lines on a page. */
	static final int PAGE_SIZE = 50;

	/**
	 * How far a register counts the lines a filter finds; beyond, it says "more than".
	 */
	static final int COUNTED = 10_000;

	private Keyset() {
	}

	/**
	 * @return a filter's fields as the query of a link, the empty ones left out, so that
	 * paging and exporting keep the filter
	 */
	static String query(Map<String, @Nullable Object> fields) {
		UriComponentsBuilder query = UriComponentsBuilder.newInstance();
		fields.forEach((name, value) -> {
			if (value != null && !value.toString().isBlank()) {
				query.queryParam(name, value);
			}
		});
		return Objects.requireNonNullElse(query.encode().build().getQuery(), "");
	}

	/**
	 * Where a page begins or ends: the time and id of a line. Written into links as the
	 * time in microseconds, a dot and the id.
	 *
	 * @param at the line's time
	 * @param id its id
	 */
	record Cursor(Instant at, UUID id) {

		/**
		 * @return the cursor a link carries, or none if it is not one
		 */
		static @Nullable Cursor parse(@Nullable String text) {
			if (text == null || !text.matches("-?\\d{1,19}\\.[0-9a-f-]{36}")) {
				return null;
			}
			int dot = text.indexOf('.');
			long micros = Long.parseLong(text.substring(0, dot));
			return new Cursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), UUID.fromString(text.substring(dot + 1)));
		}

		@Override
		public String toString() {
			return ChronoUnit.MICROS.between(Instant.EPOCH, this.at) + "." + this.id;
		}

	}

	/**
	 * Has PostgreSQL plan the register's queries for the values given each time, within
	 * the caller's transaction. A plan made once for any values (as the driver's prepared
	 * statements get after a few runs) cannot know that "title contains 第123456项" finds a
	 * handful of lines, and reads the whole table in date order to find them.
	 */
	private static void planForTheValues(JdbcClient jdbc) {
		jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
	}

	/**
	 * A page of a register.
	 *
	 * @param lines its lines, newest first
	 * @param total how many lines the filter found, counted up to {@value #COUNTED}
	 * @param previous where the page before ends, if there is one
	 * @param next where the page after begins, if there is one
	 * @param <T> the lines' type
	 */
	record Page<T>(List<T> lines, long total, @Nullable Cursor previous, @Nullable Cursor next) {

		/**
		 * @return whether there are more lines than were counted
		 */
		public boolean totalIsAtLeast() {
			return this.total > COUNTED;
		}

	}

	/**
	 * How a register reads its lines.
	 *
	 * @param from the table, with its alias, such as {@code dispatch d}
	 * @param select the query of the lines without its WHERE, selecting from that table
	 * @param time the column of the lines' time, such as {@code d.created_at}
	 * @param id the column of their id
	 * @param mapper how a row becomes a line
	 * @param cursor where a line stands
	 * @param <T> the lines' type
	 */
	record Register<T>(String from, String select, String time, String id, RowMapper<T> mapper,
			Function<T, Cursor> cursor) {

		/**
		 * @return the newest page the conditions find, or the one older than
		 * {@code after}, or the one newer than {@code before}
		 */
		Page<T> page(JdbcClient jdbc, Conditions conditions, @Nullable Cursor after, @Nullable Cursor before) {
			planForTheValues(jdbc);
			long total = jdbc
				.sql("select count(*) from (select 1 from " + this.from + conditions.where() + " limit " + (COUNTED + 1)
						+ ") f")
				.params(conditions.params())
				.query(Long.class)
				.single();
			Map<String, Object> params = new HashMap<>(conditions.params());
			String where = conditions.where();
			boolean backwards = after == null && before != null;
			Cursor from = backwards ? before : after;
			if (from != null) {
				where += (where.isEmpty() ? " where " : " and ") + "(" + this.time + ", " + this.id + ")"
						+ (backwards ? " > " : " < ") + "(:fromAt, :fromId)";
				params.put("fromAt", OffsetDateTime.ofInstant(from.at(), ZoneOffset.UTC));
				params.put("fromId", from.id());
			}
			String order = backwards ? " order by " + this.time + ", " + this.id
					: " order by " + this.time + " desc, " + this.id + " desc";
			List<T> lines = new ArrayList<>(jdbc.sql(this.select + where + order + " limit " + (PAGE_SIZE + 1))
				.params(params)
				.query(this.mapper)
				.list());
			boolean more = lines.size() > PAGE_SIZE;
			if (more) {
				lines.remove(PAGE_SIZE);
			}
			if (backwards) {
				Collections.reverse(lines);
			}
			if (lines.isEmpty()) {
				return new Page<>(lines, total, null, null);
			}
			boolean newer = backwards ? more : from != null;
			boolean older = backwards || more;
			return new Page<>(lines, total, newer ? this.cursor.apply(lines.get(0)) : null,
					older ? this.cursor.apply(lines.get(lines.size() - 1)) : null);
		}

		/**
		 * @return the lines the conditions find, newest first, at most the limit
		 */
		Stream<T> all(JdbcClient jdbc, Conditions conditions, int limit) {
			planForTheValues(jdbc);
			return jdbc
				.sql(this.select + conditions.where() + " order by " + this.time + " desc, " + this.id + " desc limit "
						+ limit)
				.params(conditions.params())
				.query(this.mapper)
				.stream();
		}

	}

}
