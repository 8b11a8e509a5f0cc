package org.zhongshu.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.Spreadsheet;

/**
 * 发文登记簿: every document the office drafted, with its 文号 and where it stands, filtered and
 * paged in SQL, and exported as .xlsx. It shows only what the reader is cleared for.
 */
@Service
class DispatchRegister {

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

	private final Keyset.Register<Line> lines = new Keyset.Register<>("dispatch d", ROWS, "d.created_at", "d.id",
			(row, number) -> line(row), (line) -> new Keyset.Cursor(line.createdAt(), line.id()));

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
	record Filter(@Nullable Integer year, @Nullable DocumentType type, @Nullable String prefix,
			@Nullable Classification classification, @Nullable String state,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to, @Nullable String title) {

		/**
		 * @return the filter as the query of a link, so that paging and exporting keep it
		 */
		String query() {
			Map<String, @Nullable Object> fields = new LinkedHashMap<>();
			fields.put("year", this.year);
			fields.put("type", this.type);
			fields.put("prefix", this.prefix);
			fields.put("classification", this.classification);
			fields.put("state", this.state);
			fields.put("from", this.from);
			fields.put("to", this.to);
			fields.put("title", this.title);
			return Keyset.query(fields);
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
	record Line(UUID id, DocumentType type, String referenceNumber, Classification classification, String title,
			String drafter, LocalDate drafted, String state, Instant createdAt) {
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
	public Keyset.Page<Line> page(Filter filter, Keyset.@Nullable Cursor after, Keyset.@Nullable Cursor before,
			CurrentUser reader) {
		return this.lines.page(this.jdbc, conditions(filter, reader), after, before);
	}

	/**
	 * @return the lines the filter finds, at most {@value #EXPORT_LIMIT}, as an .xlsx
	 * workbook in the columns offices keep their 发文登记簿 in
	 */
	@Transactional(readOnly = true)
	public byte[] export(Filter filter, CurrentUser reader) {
		try (Stream<Line> lines = this.lines.all(this.jdbc, conditions(filter, reader), EXPORT_LIMIT)) {
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
	private Conditions conditions(Filter filter, CurrentUser reader) {
		return new Conditions().cleared("d.classification", reader)
			.days("d.created_at", filter.year(), filter.from(), filter.to(), this.clock.getZone())
			.equal("d.doc_type", "type", filter.type())
			.equal("d.prefix", "prefix", filter.prefix())
			.equal("d.classification", "classification", filter.classification())
			.contains("d.state", "state", filter.state())
			.titleContains("d.title", "title", filter.title());
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
