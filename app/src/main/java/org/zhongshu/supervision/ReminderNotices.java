package org.zhongshu.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhongshu.layout.Block;
import org.zhongshu.layout.DocumentFormat;
import org.zhongshu.layout.OfficialDocument;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.NotFoundException;
import org.zhongshu.platform.Printer;
import org.zhongshu.platform.RefusedException;

/**
 * 催办单: a formal reminder notice from the office to a task's lead unit and co-units, in
 * the 信函格式 (GB/T 9704-2012 10.1), numbered without gaps within the year (市委督办〔2026〕5号,
 * the 代字 set by {@code zhongshu.supervision.notice-prefix}): what was assigned and by
 * when, how far past or near the deadline it stands, the progress last reported, and by
 * when to report back. Its files are kept as issued; the units find it under their bell
 * and on the task, and its 密级 is marked as the item's.
 */
@Service
class ReminderNotices {

	/** Working days the units are given to report back. */
	static final int REPLY_WITHIN = 3;

	private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);

	private final Items items;

	private final HolidayCalendar calendar;

	private final SupervisionReminders reminders;

	private final YearlyNumbers numbers;

	private final IssuedFiles files;

	private final JdbcClient jdbc;

	private final Clock clock;

	ReminderNotices(Items items, HolidayCalendar calendar, SupervisionReminders reminders, YearlyNumbers numbers,
			IssuedFiles files, JdbcClient jdbc, Clock clock) {
		this.items = items;
		this.calendar = calendar;
		this.reminders = reminders;
		this.numbers = numbers;
		this.files = files;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A 催办单 issued.
	 */
	record Notice(UUID id, UUID taskId, String referenceNumber, String issuedBy, Instant issuedAt) {
	}

	/**
	 * Issues a 催办单 for the task and reminds its units of it.
	 * @throws RefusedException when the task is closed
	 */
	@Transactional
	Notice issue(UUID taskId, CurrentUser user) {
		Items.requireSupervisor(user);
		Items.View view = this.items.readableTask(taskId, user);
		Task task = view.tasks().get(0);
		if (task.state() == Task.State.CLOSED) {
			throw new RefusedException("该任务已销号，无需催办");
		}
		LocalDate today = LocalDate.now(this.clock);
		int number = this.numbers.next(YearlyNumbers.Series.NOTICE, today.getYear());
		String referenceNumber = this.numbers.referenceNumber(YearlyNumbers.Series.NOTICE, today.getYear(), number);
		Map<String, Object> files = this.files.keep(document(view.item(), task, referenceNumber, today, user));
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into supervision_notice (id, task_id, year, number, issued_by, issued_at, pdf_sha256, ofd_sha256,
				                                docx_sha256)
				values (:id, :task, :year, :number, :by, :now, :pdf, :ofd, :docx)""")
			.param("id", id)
			.param("task", taskId)
			.param("year", today.getYear())
			.param("number", number)
			.param("by", user.loginName())
			.param("now", OffsetDateTime.now(this.clock))
			.params(files)
			.update();
		this.reminders.remindAll(task, SupervisionReminders.NOTICE + referenceNumber);
		return find(id).orElseThrow();
	}

	/**
	 * @return the 催办单 issued for the task, newest first
	 */
	@Transactional(readOnly = true)
	List<Notice> of(UUID taskId) {
		return this.jdbc.sql("select * from supervision_notice where task_id = :task order by issued_at desc")
			.param("task", taskId)
			.query((row, number) -> notice(row))
			.list();
	}

	/**
	 * @return the notice and its file in the kind, if the person may see its task
	 */
	@Transactional(readOnly = true)
	NoticeFile file(UUID id, Printer.Kind kind, CurrentUser user) {
		Notice notice = find(id).orElseThrow(() -> new NotFoundException("没有这份催办单"));
		Items.View view = this.items.readableTask(notice.taskId(), user);
		String hash = this.jdbc.sql("select * from supervision_notice where id = :id")
			.param("id", id)
			.query((row, number) -> row.getString(IssuedFiles.column(kind)))
			.single();
		return new NoticeFile(view.item(), notice, this.files.read(hash));
	}

	/**
	 * A notice's file with its item.
	 */
	record NoticeFile(Item item, Notice notice, byte[] content) {
	}

	private Optional<Notice> find(UUID id) {
		return this.jdbc.sql("select * from supervision_notice where id = :id")
			.param("id", id)
			.query((row, number) -> notice(row))
			.optional();
	}

	private Notice notice(ResultSet row) throws SQLException {
		return new Notice(row.getObject("id", UUID.class), row.getObject("task_id", UUID.class),
				this.numbers.referenceNumber(YearlyNumbers.Series.NOTICE, row.getInt("year"), row.getInt("number")),
				row.getString("issued_by"), row.getObject("issued_at", OffsetDateTime.class).toInstant());
	}

	private OfficialDocument document(Item item, Task task, String referenceNumber, LocalDate today, CurrentUser user) {
		String office = this.files.office();
		WorkingDays days = this.calendar.workingDays();
		List<String> units = new ArrayList<>();
		units.add(task.leadUnit());
		units.addAll(task.coUnits());
		String source = item.source().label()
				+ (item.sourceReference().isEmpty() ? "" : "（" + item.sourceReference() + "）");
		List<Block> body = new ArrayList<>();
		body.add(new Block.Paragraph(0,
				"%s交办的督办事项“%s”，来源为%s，责任领导为%s，由%s牵头%s办理，完成时限为%s。".formatted(CHINESE_DATE.format(task.assignedOn()),
						item.title(), source, item.leader(), task.leadUnit(),
						task.coUnits().isEmpty() ? "" : "、" + String.join("、", task.coUnits()) + "配合",
						CHINESE_DATE.format(task.deadline()))));
		long late = task.daysOverdue(today);
		String standing = (late > 0) ? "已超过完成时限%d天，尚未办结".formatted(late)
				: "距完成时限还有%d个工作日".formatted(days.until(today, task.deadline()));
		body.add(new Block.Paragraph(0,
				"截至%s，该事项%s，最近报送的完成进度为%d%%。".formatted(CHINESE_DATE.format(today), standing, task.progress())));
		body.add(new Block.Paragraph(0, "请你单位高度重视，抓紧办理，并于%s前将办理情况和佐证材料通过中枢平台报送。特此通知。"
			.formatted(CHINESE_DATE.format(days.plus(today, REPLY_WITHIN)))));
		boolean classified = item.classification().compareTo(Classification.CONFIDENTIAL) >= 0;
		return new OfficialDocument(DocumentFormat.LETTER, classified ? "1" : null,
				classified ? item.classification().label() : null, null, List.of(office), referenceNumber, List.of(),
				"督办事项催办通知", String.join("、", units) + "：", body, List.of(), List.of(office), today, null,
				"联系人：" + user.fullName(), List.of(), List.of(), null, null);
	}

}
