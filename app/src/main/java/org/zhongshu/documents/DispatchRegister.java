package org.zhongshu.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.CurrentUser;

/**
 * 发文登记簿: every document the office drafted, with its 文号 and where it stands, filtered and
 * paged in SQL, and exported as .xlsx. It shows only what the reader is cleared for.
 */
@Service
class DispatchRegister {

	/** Rows on a page of the register. */
	static final int PAGE_SIZE = 50;

	/**
	 * How far the register counts the lines a filter finds; beyond, it says "more than".
	 */
	static final int COUNTED = 10_000;

	/** The most rows one export holds. */
	static final int EXPORT_LIMIT = 50_000;

	static final String ARCHIVED = "已归档";

	private static final String ROWS = """
			select d.id, d.doc_type, d.prefix, d.classification, d.title, d.drafter_name, d.created_at, d.state,
			       n.year, n.number
			from dispatch d left join document_number n on n.document_id = d.id""";

	private final JdbcClient jdbc;

	private final DispatchFlow flow;

	private final Clock clock;

	DispatchRegister(JdbcClient jdbc, DispatchFlow flow, Clock clock) {
		this.jdbc = jdbc;
		this.flow = flow;
		this.clock = clock;
	}

	/**
	 * What the register is filtered by; every field may be left empty.
	 *
	 * @param year the year drafted
	 * @param type the kind of document
	 * @param prefix the 代字
	 * @param classification the 密级
	 * @param state where it stands, such as 领导签发 or 已归档
	 * @param from drafted on or after
	 * @param to drafted on or before
	 * @param title words in the title
	 */
	public record Filter(@Nullable Integer year, @Nullable DocumentType type, @Nullable String prefix,
			@Nullable Classification classification, @Nullable String state,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to, @Nullable String title) {

		/**
		 * @return the filter as the query of a link, so that paging and exporting keep it
		 */
		String query() {
			UriComponentsBuilder query = UriComponentsBuilder.newInstance();
			Map<String, @Nullable Object> fields = new LinkedHashMap<>();
			fields.put("year", this.year);
			fields.put("type", this.type);
			fields.put("prefix", this.prefix);
			fields.put("classification", this.classification);
			fields.put("state", this.state);
			fields.put("from", this.from);
			fields.put("to", this.to);
			fields.put("title", this.title);
			fields.forEach((name, value) -> {
				if (value != null && !value.toString().isBlank()) {
					query.queryParam(name, value);
				}
			});
			return Objects.requireNonNullElse(query.encode().build().getQuery(), "");
		}

	}

	/**
	 * A line of the register.
	 *
	 * @param id the document
	 * @param type its kind
	 * @param referenceNumber its 文号, empty before 登记编号
	 * @param classification its 密级
	 * @param title its title
	 * @param drafter who drafted it
	 * @param drafted when
	 * @param state where it stands
	 * @param createdAt when it was drafted, to the microsecond, where pages begin and end
	 */
	public record Line(UUID id, DocumentType type, String referenceNumber, Classification classification, String title,
			String drafter, LocalDate drafted, String state, Instant createdAt) {
	}

	/**
	 * Where a page of the register begins or ends: the time and id of a line, newest
	 * first. Written into links as the time in microseconds, a dot and the id.
	 *
	 * @param at when the line's document was drafted
	 * @param id its id
	 */
	public record Cursor(Instant at, UUID id) {

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
	 * A page of the register.
	 *
	 * @param lines its lines, newest first
	 * @param total how many lines the filter found, counted up to {@value #COUNTED}
	 * @param previous where the page before ends, if there is one
	 * @param next where the page after begins, if there is one
	 */
	public record Page(List<Line> lines, long total, @Nullable Cursor previous, @Nullable Cursor next) {

		/**
		 * @return whether there are more lines than were counted
		 */
		public boolean totalIsAtLeast() {
			return this.total > COUNTED;
		}

	}

	/**
	 * Keeps where the document stands: the names of the steps it is at, or 已归档.
	 */
	@EventListener
	void keepState(DocumentFlow.Moved moved) {
		if (!DispatchFlow.PROCESS.equals(moved.process())) {
			return;
		}
		List<DocumentFlow.Step> current = this.flow.currentSteps(moved.document());
		String state = current.isEmpty() ? ARCHIVED
				: current.stream().map(DocumentFlow.Step::name).distinct().collect(Collectors.joining("、"));
		this.jdbc.sql("update dispatch set state = :state where id = :id")
			.param("state", state)
			.param("id", moved.document())
			.update();
	}

	/**
	 * @return the page of lines the filter finds that the reader is cleared for: the
	 * newest, those older than {@code after}, or those newer than {@code before}
	 */
	@Transactional(readOnly = true)
	public Page page(Filter filter, @Nullable Cursor after, @Nullable Cursor before, CurrentUser reader) {
		Query query = query(filter, reader);
		long total = this.jdbc
			.sql("select count(*) from (select 1 from dispatch d" + query.where() + " limit " + (COUNTED + 1) + ") f")
			.params(query.params())
			.query(Long.class)
			.single();
		Map<String, Object> params = new HashMap<>(query.params());
		String where = query.where();
		boolean backwards = after == null && before != null;
		Cursor from = backwards ? before : after;
		if (from != null) {
			where += backwards ? " and (d.created_at, d.id) > (:fromAt, :fromId)"
					: " and (d.created_at, d.id) < (:fromAt, :fromId)";
			params.put("fromAt", OffsetDateTime.ofInstant(from.at(), ZoneOffset.UTC));
			params.put("fromId", from.id());
		}
		String order = backwards ? " order by d.created_at, d.id" : " order by d.created_at desc, d.id desc";
		List<Line> lines = new ArrayList<>(this.jdbc.sql(ROWS + where + order + " limit " + (PAGE_SIZE + 1))
			.params(params)
			.query((row, number) -> line(row))
			.list());
		boolean more = lines.size() > PAGE_SIZE;
		if (more) {
			lines.remove(PAGE_SIZE);
		}
		if (backwards) {
			Collections.reverse(lines);
		}
		if (lines.isEmpty()) {
			return new Page(lines, total, null, null);
		}
		boolean newer = backwards ? more : from != null;
		boolean older = backwards || more;
		return new Page(lines, total, newer ? cursor(lines.get(0)) : null,
				older ? cursor(lines.get(lines.size() - 1)) : null);
	}

	private static Cursor cursor(Line line) {
		return new Cursor(line.createdAt(), line.id());
	}

	/**
	 * @return the lines the filter finds, at most {@value #EXPORT_LIMIT}, as an .xlsx
	 * workbook in the columns offices keep their 发文登记簿 in
	 */
	@Transactional(readOnly = true)
	public byte[] export(Filter filter, CurrentUser reader) {
		Query query = query(filter, reader);
		try (Stream<Line> lines = this.jdbc
			.sql(ROWS + query.where() + " order by d.created_at desc, d.id desc limit " + EXPORT_LIMIT)
			.params(query.params())
			.query((row, number) -> line(row))
			.stream()) {
			return Spreadsheet.of("发文登记簿", List.of("文号", "文种", "标题", "密级", "拟稿人", "拟稿日期", "办理状态"), List.of(24, 0, 50),
					lines.map((line) -> List.of(line.referenceNumber(), line.type().label(), line.title(),
							line.classification().label(), line.drafter(), line.drafted().toString(), line.state())));
		}
	}

	/**
	 * @return the states the register knows, in the route's order, then 已归档
	 */
	public List<String> states() {
		List<String> states = new ArrayList<>(this.flow.route().values());
		states.add(ARCHIVED);
		return states;
	}

	/**
	 * The where clause and its parameters: every value a parameter, never text joined
	 * into SQL.
	 */
	private record Query(String where, Map<String, Object> params) {
	}

	private Query query(Filter filter, CurrentUser reader) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		List<String> cleared = Arrays.stream(Classification.values())
			.filter((level) -> level.compareTo(reader.clearance()) <= 0)
			.map(Classification::name)
			.toList();
		conditions.add("d.classification in (:cleared)");
		params.put("cleared", cleared);
		ZoneId zone = this.clock.getZone();
		if (filter.year() != null) {
			conditions.add("d.created_at >= :yearStart and d.created_at < :yearEnd");
			params.put("yearStart", LocalDate.of(filter.year(), 1, 1).atStartOfDay(zone).toOffsetDateTime());
			params.put("yearEnd", LocalDate.of(filter.year() + 1, 1, 1).atStartOfDay(zone).toOffsetDateTime());
		}
		if (filter.type() != null) {
			conditions.add("d.doc_type = :type");
			params.put("type", filter.type().name());
		}
		if (filter.prefix() != null && !filter.prefix().isBlank()) {
			conditions.add("d.prefix = :prefix");
			params.put("prefix", filter.prefix().strip());
		}
		if (filter.classification() != null) {
			conditions.add("d.classification = :classification");
			params.put("classification", filter.classification().name());
		}
		if (filter.state() != null && !filter.state().isBlank()) {
			conditions.add("d.state like :state");
			params.put("state", "%" + escapeLike(filter.state().strip()) + "%");
		}
		if (filter.from() != null) {
			conditions.add("d.created_at >= :from");
			params.put("from", filter.from().atStartOfDay(zone).toOffsetDateTime());
		}
		if (filter.to() != null) {
			conditions.add("d.created_at < :to");
			params.put("to", filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
		}
		if (filter.title() != null && !filter.title().isBlank()) {
			conditions.add("d.title like :title");
			params.put("title", "%" + escapeLike(filter.title().strip()) + "%");
		}
		return new Query(" where " + String.join(" and ", conditions), params);
	}

	/**
	 * @return the text with LIKE's wildcards taken literally
	 */
	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private Line line(ResultSet row) throws SQLException {
		int number = row.getInt("number");
		String reference = row.wasNull() ? ""
				: new DocumentNumber(row.getString("prefix"), row.getInt("year"), number).toString();
		OffsetDateTime created = row.getObject("created_at", OffsetDateTime.class);
		return new Line(row.getObject("id", UUID.class), DocumentType.valueOf(row.getString("doc_type")), reference,
				Classification.valueOf(row.getString("classification")), row.getString("title"),
				row.getString("drafter_name"), created.atZoneSameInstant(this.clock.getZone()).toLocalDate(),
				row.getString("state"), created.toInstant());
	}

}
