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
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhongshu.people.Directory;
import org.zhongshu.people.Directory.Receiver;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.Spreadsheet;

/**
 * 收文登记簿: the documents the committee and its office received, newest first, filtered and
 * paged in SQL alone, and exported as .xlsx. Each reader sees the lines they are cleared
 * for.
 */
@Service
class ReceiptRegister {

	/** The most lines one export holds. */
	static final int EXPORT_LIMIT = 50_000;

	private static final String ROWS = """
			select r.id, r.receiving_unit, r.sender, r.sender_number, r.title, r.classification, r.received_at,
			       r.deadline, r.state, n.prefix, n.year, n.number
			from receipt r left join document_number n on n.document_id = r.id""";

	private final JdbcClient jdbc;

	private final ReceiptFlow flow;

	private final Directory directory;

	private final Clock clock;

	private final Keyset.Register<Line> lines = new Keyset.Register<>("receipt r", ROWS, "r.received_at", "r.id",
			(row, number) -> line(row), (line) -> new Keyset.Cursor(line.receivedAt(), line.id()));

	ReceiptRegister(JdbcClient jdbc, ReceiptFlow flow, Directory directory, Clock clock) {
		this.jdbc = jdbc;
		this.flow = flow;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * What the register is filtered by; every field may be left empty.
	 *
	 * @param year the year received
	 * @param unit the unit that received it
	 * @param classification the 密级
	 * @param state where it stands, such as 承办 or 已归档
	 * @param from received on or after
	 * @param to received on or before
	 * @param title words in the title
	 * @param sender words in the sender's name
	 */
	record Filter(@Nullable Integer year, @Nullable String unit, @Nullable Classification classification,
			@Nullable String state, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to, @Nullable String title,
			@Nullable String sender) {

		/**
		 * @return the filter as the query of a link, so that paging and exporting keep it
		 */
		String query() {
			Map<String, @Nullable Object> fields = new LinkedHashMap<>();
			fields.put("year", this.year);
			fields.put("unit", this.unit);
			fields.put("classification", this.classification);
			fields.put("state", this.state);
			fields.put("from", this.from);
			fields.put("to", this.to);
			fields.put("title", this.title);
			fields.put("sender", this.sender);
			return Keyset.query(fields);
		}

	}

	/**
	 * A line of the register.
	 *
	 * @param id the document
	 * @param receiptNumber its 收文号, empty before 登记
	 * @param sender who sent it
	 * @param senderNumber the sender's 文号
	 * @param title its title
	 * @param classification its 密级
	 * @param unit the unit that received it
	 * @param received the day it arrived
	 * @param deadline its handling deadline, if any
	 * @param state where it stands
	 * @param receivedAt when it arrived, to the microsecond, where pages begin and end
	 */
	record Line(UUID id, String receiptNumber, String sender, String senderNumber, String title,
			Classification classification, String unit, LocalDate received, @Nullable LocalDate deadline, String state,
			Instant receivedAt) {
	}

	/**
	 * @return the page of lines the filter finds that the reader is cleared for
	 */
	@Transactional(readOnly = true)
	Keyset.Page<Line> page(Filter filter, Keyset.@Nullable Cursor after, Keyset.@Nullable Cursor before,
			CurrentUser reader) {
		return this.lines.page(this.jdbc, conditions(filter, reader), after, before);
	}

	/**
	 * @return the lines the filter finds, at most {@value #EXPORT_LIMIT}, as an .xlsx
	 */
	@Transactional(readOnly = true)
	byte[] export(Filter filter, CurrentUser reader) {
		try (Stream<Line> lines = this.lines.all(this.jdbc, conditions(filter, reader), EXPORT_LIMIT)) {
			return Spreadsheet.of("收文登记簿", List.of("收文号", "来文单位", "来文字号", "标题", "密级", "收文单位", "收文日期", "办理时限", "办理状态"),
					List.of(22, 24, 24, 50),
					lines.map((line) -> List.of(line.receiptNumber(), line.sender(), line.senderNumber(), line.title(),
							line.classification().label(), line.unit(), line.received().toString(),
							(line.deadline() != null) ? line.deadline().toString() : "", line.state())));
		}
	}

	/**
	 * @return the units whose 收文 the register holds: the committee and its office
	 */
	List<String> units() {
		return this.directory.receivers().stream().filter(Receiver::office).map(Receiver::name).toList();
	}

	/**
	 * @return where a 收文 can stand, in the order it goes
	 */
	List<String> states() {
		List<String> states = new ArrayList<>();
		states.add(Receipts.UNSIGNED);
		states.addAll(this.flow.route().values());
		states.add(Receipts.RETURNED);
		states.add(Receipts.ARCHIVED);
		return states;
	}

	private Conditions conditions(Filter filter, CurrentUser reader) {
		Conditions conditions = new Conditions().cleared("r.classification", reader)
			.days("r.received_at", filter.year(), filter.from(), filter.to(), this.clock.getZone())
			.equal("r.classification", "classification", filter.classification())
			.contains("r.state", "state", filter.state())
			.titleContains("r.title", "title", filter.title())
			.contains("r.sender", "sender", filter.sender());
		List<String> units = units();
		String unit = filter.unit();
		return (unit != null && units.contains(unit)) ? conditions.equal("r.receiving_unit", "unit", unit)
				: conditions.among("r.receiving_unit", "units", units);
	}

	private Line line(ResultSet row) throws SQLException {
		int number = row.getInt("number");
		String reference = row.wasNull() ? ""
				: new DocumentNumber(row.getString("prefix"), row.getInt("year"), number).toString();
		OffsetDateTime received = row.getObject("received_at", OffsetDateTime.class);
		return new Line(row.getObject("id", UUID.class), reference, row.getString("sender"),
				row.getString("sender_number"), row.getString("title"),
				Classification.valueOf(row.getString("classification")), row.getString("receiving_unit"),
				received.atZoneSameInstant(this.clock.getZone()).toLocalDate(),
				row.getObject("deadline", LocalDate.class), row.getString("state"), received.toInstant());
	}

}
