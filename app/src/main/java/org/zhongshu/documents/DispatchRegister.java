package org.zhongshu.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
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
	 */
	public record Line(UUID id, DocumentType type, String referenceNumber, Classification classification, String title,
			String drafter, LocalDate drafted, String state) {
	}

	/**
	 * A page of the register.
	 *
	 * @param lines its lines, newest first
	 * @param page which page, from 0
	 * @param total how many lines the filter found
	 */
	public record Page(List<Line> lines, int page, long total) {

		public int pages() {
			return (int) Math.max(1, (this.total + PAGE_SIZE - 1) / PAGE_SIZE);
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
	 * @return the page of lines the filter finds that the reader is cleared for
	 */
	@Transactional(readOnly = true)
	public Page page(Filter filter, int page, CurrentUser reader) {
		Query query = query(filter, reader);
		long total = this.jdbc.sql("select count(*) from dispatch d" + query.where())
			.params(query.params())
			.query(Long.class)
			.single();
		int safePage = Math.max(0, Math.min(page, (int) ((total - 1) / PAGE_SIZE)));
		List<Line> lines = this.jdbc
			.sql(ROWS + query.where() + " order by d.created_at desc, d.id limit " + PAGE_SIZE + " offset "
					+ (long) safePage * PAGE_SIZE)
			.params(query.params())
			.query((row, number) -> line(row))
			.list();
		return new Page(lines, safePage, total);
	}

	/**
	 * @return the lines the filter finds, at most {@value #EXPORT_LIMIT}, as an .xlsx
	 * workbook in the columns offices keep their 发文登记簿 in
	 */
	@Transactional(readOnly = true)
	public byte[] export(Filter filter, CurrentUser reader) {
		Query query = query(filter, reader);
		try (Stream<Line> lines = this.jdbc
			.sql(ROWS + query.where() + " order by d.created_at desc, d.id limit " + EXPORT_LIMIT)
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
		return new Line(row.getObject("id", UUID.class), DocumentType.valueOf(row.getString("doc_type")), reference,
				Classification.valueOf(row.getString("classification")), row.getString("title"),
				row.getString("drafter_name"),
				row.getObject("created_at", OffsetDateTime.class).atZoneSameInstant(this.clock.getZone()).toLocalDate(),
				row.getString("state"));
	}

}
