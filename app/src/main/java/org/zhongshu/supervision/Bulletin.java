package org.zhongshu.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhongshu.layout.Block;
import org.zhongshu.layout.DocumentFormat;
import org.zhongshu.layout.OfficialDocument;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.Printer;
import org.zhongshu.platform.RefusedException;

/**
 * The monthly 督查通报, printed as a 红头文件 in the office's name: how many tasks were assigned
 * and closed in the month and how many are overdue now, each lead unit's on-time rate,
 * the overdue tasks and the tasks closed. Classified items are left out, so that the 通报
 * can go to every unit as an ordinary document.
 */
@Service
class Bulletin {

	private final Ledger ledger;

	private final Items items;

	private final IssuedFiles files;

	private final JdbcClient jdbc;

	private final YearlyNumbers numbers;

	private final Clock clock;

	Bulletin(Ledger ledger, Items items, IssuedFiles files, JdbcClient jdbc, YearlyNumbers numbers, Clock clock) {
		this.ledger = ledger;
		this.items = items;
		this.files = files;
		this.jdbc = jdbc;
		this.numbers = numbers;
		this.clock = clock;
	}

	/**
	 * A 通报 issued.
	 *
	 * @param month the month it reports on
	 * @param number its number within the year
	 * @param referenceNumber its 发文字号
	 * @param issuedAt when it was issued
	 */
	record Issued(YearMonth month, int number, String referenceNumber, Instant issuedAt) {

		public String title() {
			return Bulletin.title(this.month);
		}

	}

	/**
	 * Issues the 通报 of the month: numbers it and keeps its files.
	 * @throws RefusedException for a month not yet over, one issued already, or an office
	 * without a name
	 */
	@Transactional
	Issued issue(YearMonth month, CurrentUser user) {
		Items.requireSupervisor(user);
		if (!month.isBefore(YearMonth.from(LocalDate.now(this.clock)))) {
			throw new RefusedException("%d年%d月还没有过完，月度通报在次月印发".formatted(month.getYear(), month.getMonthValue()));
		}
		int number = this.numbers.next(YearlyNumbers.Series.BULLETIN, month.getYear());
		if (find(month).isPresent()) {
			throw new RefusedException("%d年%d月的督查通报已经印发".formatted(month.getYear(), month.getMonthValue()));
		}
		Map<String, Object> files = this.files.keep(document(month,
				this.numbers.referenceNumber(YearlyNumbers.Series.BULLETIN, month.getYear(), number), user));
		this.jdbc
			.sql("""
					insert into supervision_bulletin (year, month, number, issued_by, issued_at, pdf_sha256, ofd_sha256, docx_sha256)
					values (:year, :month, :number, :by, :now, :pdf, :ofd, :docx)""")
			.param("year", month.getYear())
			.param("month", month.getMonthValue())
			.param("number", number)
			.param("by", user.loginName())
			.param("now", OffsetDateTime.now(this.clock))
			.params(files)
			.update();
		return find(month).orElseThrow();
	}

	/**
	 * @return the 通报 issued, newest first
	 */
	@Transactional(readOnly = true)
	List<Issued> issued() {
		return this.jdbc.sql("select * from supervision_bulletin order by year desc, month desc")
			.query((row, number) -> issued(row))
			.list();
	}

	/**
	 * @return the file of the month's 通报 in the kind, as issued
	 */
	@Transactional(readOnly = true)
	Optional<byte[]> file(YearMonth month, Printer.Kind kind) {
		return this.jdbc.sql("select * from supervision_bulletin where year = :year and month = :month")
			.param("year", month.getYear())
			.param("month", month.getMonthValue())
			.query((row, number) -> row.getString(IssuedFiles.column(kind)))
			.optional()
			.map(this.files::read);
	}

	private Optional<Issued> find(YearMonth month) {
		return this.jdbc.sql("select * from supervision_bulletin where year = :year and month = :month")
			.param("year", month.getYear())
			.param("month", month.getMonthValue())
			.query((row, number) -> issued(row))
			.optional();
	}

	private Issued issued(ResultSet row) throws SQLException {
		YearMonth month = YearMonth.of(row.getInt("year"), row.getInt("month"));
		return new Issued(month, row.getInt("number"),
				this.numbers.referenceNumber(YearlyNumbers.Series.BULLETIN, month.getYear(), row.getInt("number")),
				row.getObject("issued_at", OffsetDateTime.class).toInstant());
	}

	static String title(YearMonth month) {
		return "关于%d年%d月督查督办工作情况的通报".formatted(month.getYear(), month.getMonthValue());
	}

	private OfficialDocument document(YearMonth month, String referenceNumber, CurrentUser user) {
		LocalDate today = LocalDate.now(this.clock);
		String office = this.files.office();
		List<Ledger.Line> lines = this.ledger.lines(Ledger.Filter.all(), user)
			.stream()
			.filter((line) -> line.item().classification().compareTo(Classification.CONFIDENTIAL) < 0)
			.toList();
		List<Ledger.Line> assigned = lines.stream()
			.filter((line) -> month.equals(YearMonth.from(line.task().assignedOn())))
			.toList();
		List<Ledger.Line> closed = lines.stream()
			.filter((line) -> line.task().state() == Task.State.CLOSED && line.task().closedOn() != null
					&& month.equals(YearMonth.from(line.task().closedOn())))
			.toList();
		List<Ledger.Line> overdue = lines.stream().filter((line) -> line.light() == Light.RED).toList();
		long onTime = closed.stream().filter((line) -> Boolean.TRUE.equals(line.task().onTime())).count();

		List<Block> body = new ArrayList<>();
		body.add(paragraph(0, "现将%d年%d月全市督查督办工作情况通报如下。".formatted(month.getYear(), month.getMonthValue())));
		body.add(paragraph(1, "一、总体情况"));
		body.add(paragraph(0,
				"本月新交办督办任务%d项，办结%d项，其中按期办结%d项%s。截至%d年%d月%d日，尚有超期未办结任务%d项。".formatted(assigned.size(), closed.size(),
						onTime, closed.isEmpty() ? "" : "，按期办结率" + Math.round(100.0 * onTime / closed.size()) + "%",
						today.getYear(), today.getMonthValue(), today.getDayOfMonth(), overdue.size())));
		body.add(paragraph(1, "二、各单位办理情况"));
		List<List<String>> units = unitRows(closed, overdue);
		if (units.size() > 1) {
			body.add(new Block.Table(units));
		}
		else {
			body.add(paragraph(0, "本月没有办结或超期的任务。"));
		}
		body.add(paragraph(1, "三、超期未办结事项"));
		body.add(tableOrNone(List.of("督办事项", "牵头单位", "完成时限", "超期天数"), overdue, (line) -> List.of(line.item().title(),
				line.task().leadUnit(), line.task().deadline().toString(), String.valueOf(line.daysOverdue()))));
		body.add(paragraph(1, "四、本月办结事项"));
		body.add(tableOrNone(List.of("督办事项", "牵头单位", "办结日期", "是否按期"), closed,
				(line) -> List.of(line.item().title(), line.task().leadUnit(), String.valueOf(line.task().closedOn()),
						Boolean.TRUE.equals(line.task().onTime()) ? "按期" : "逾期")));
		body.add(paragraph(1, "五、有关要求"));
		body.add(paragraph(0, "各单位要对照通报，抓紧办理超期事项，按时报送进展情况；对无正当理由超期的，将按有关规定予以通报批评。"));
		return new OfficialDocument(DocumentFormat.FILE, null, null, null, List.of(office), referenceNumber, List.of(),
				title(month), "各有关单位：", body, List.of(), List.of(office), today, null, null, List.of(), List.of(),
				office, today);
	}

	/**
	 * @return a heading row, then a row for each lead unit with a task closed in the
	 * month or overdue now, in the org tree's order
	 */
	private List<List<String>> unitRows(List<Ledger.Line> closed, List<Ledger.Line> overdue) {
		List<Ledger.Line> judged = new ArrayList<>(closed);
		judged.addAll(overdue);
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("牵头单位", "按期办结", "逾期办结", "超期未结", "按期办结率"));
		for (Analysis.UnitFigures unit : Analysis.units(this.items.handlingUnits().names(), judged)) {
			if (unit.onTimeRate() != null) {
				rows.add(List.of(unit.unit(), String.valueOf(unit.onTime()), String.valueOf(unit.late()),
						String.valueOf(unit.overdue()), unit.onTimeRate() + "%"));
			}
		}
		return rows;
	}

	/**
	 * @return the lines as a table under the headings, or 无。 when there are none
	 */
	private static Block tableOrNone(List<String> headings, List<Ledger.Line> lines,
			Function<Ledger.Line, List<String>> row) {
		if (lines.isEmpty()) {
			return paragraph(0, "无。");
		}
		List<List<String>> rows = new ArrayList<>();
		rows.add(headings);
		lines.forEach((line) -> rows.add(row.apply(line)));
		return new Block.Table(rows);
	}

	private static Block paragraph(int level, String text) {
		return new Block.Paragraph(level, text);
	}

}
