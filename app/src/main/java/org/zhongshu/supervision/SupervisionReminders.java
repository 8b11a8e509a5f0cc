package org.zhongshu.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhongshu.platform.CurrentUser;

/**
 * 催办 by schedule: the units of a task are reminded once when its deadline comes within
 * {@value Light#WARNING_DAYS} working days, on the first day past it and each week after;
 * the lead unit once for each periodic report it misses; and the 督查室 may urge a task by
 * hand. The first day past the deadline the schedule finds (after a long stop, a later
 * one) also announces {@link TaskOverdue}, once. The schedule runs every hour and works
 * out from the tasks what is due, so a reminder falling due while the application was
 * stopped goes out within the hour after it starts again; each is written once, whichever
 * node runs the schedule and however often, because the database takes one reminder per
 * task, unit and occasion.
 */
@Component
class SupervisionReminders {

	static final String DUE = "due:";

	static final String OVERDUE = "overdue:";

	static final String REPORT = "report:";

	static final String URGED = "urged:";

	static final String NOTICE = "notice:";

	private static final int WEEK = 7;

	private static final int SHOWN_DAYS = 7;

	private final JdbcClient jdbc;

	private final Items items;

	private final HolidayCalendar calendar;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SupervisionReminders(JdbcClient jdbc, Items items, HolidayCalendar calendar, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.items = items;
		this.calendar = calendar;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A 催办 a unit received.
	 */
	record Reminder(UUID item, String title, String occasion, Instant sentAt, LocalDate deadline) {

		/**
		 * @return what the 工作台 calls it
		 */
		String kind() {
			return kindOf(this.occasion);
		}

	}

	/**
	 * @return what a reminder on the occasion is called
	 */
	static String kindOf(String occasion) {
		if (occasion.startsWith(OVERDUE)) {
			return "督办任务已超期";
		}
		if (occasion.startsWith(DUE)) {
			return "督办任务临近时限";
		}
		if (occasion.startsWith(REPORT)) {
			return "未按时报送进展";
		}
		if (occasion.startsWith(NOTICE)) {
			return "收到催办通知";
		}
		return "督查室催办";
	}

	/**
	 * @return how many reminders were sent now
	 */
	@Scheduled(cron = "${zhongshu.reminders.cron:0 0 * * * *}")
	@Transactional
	public int remind() {
		List<Task> open = this.jdbc.sql(Items.TASKS + " where not t.closed")
			.query(Items::task)
			.list()
			.stream()
			.filter((task) -> task.state() == Task.State.OPEN)
			.toList();
		if (open.isEmpty()) {
			return 0;
		}
		WorkingDays days = this.calendar.workingDays();
		LocalDate today = LocalDate.now(this.clock);
		int sent = 0;
		for (Task task : open) {
			long late = ChronoUnit.DAYS.between(task.deadline(), today);
			if (late > 0) {
				if (send(task.id(), task.leadUnit(), OVERDUE + task.deadline() + "/0")) {
					sent++;
					Item item = this.items.find(task.itemId()).orElseThrow();
					this.events.publishEvent(
							new TaskOverdue(task.id(), item.id(), item.title(), task.leadUnit(), task.deadline()));
				}
				sent += remindAll(task, OVERDUE + task.deadline() + "/" + ((late - 1) / WEEK));
			}
			else if (days.until(today, task.deadline()) <= Light.WARNING_DAYS) {
				sent += remindAll(task, DUE + task.deadline());
			}
			LocalDate reportDue = task.reportDue();
			if (reportDue != null && today.isAfter(reportDue)) {
				sent += send(task.id(), task.leadUnit(), REPORT + reportDue) ? 1 : 0;
			}
		}
		return sent;
	}

	/**
	 * The 督查室 urges the units of a task by hand.
	 * @return how many units were urged
	 */
	@Transactional
	int urge(UUID taskId, CurrentUser user) {
		Items.requireSupervisor(user);
		return remindAll(this.items.readableTask(taskId, user).tasks().get(0), URGED + Instant.now(this.clock));
	}

	/**
	 * Reminds the lead unit and the co-units of a task on the occasion, once.
	 * @return how many units were reminded
	 */
	int remindAll(Task task, String occasion) {
		int sent = send(task.id(), task.leadUnit(), occasion) ? 1 : 0;
		for (String unit : task.coUnits()) {
			sent += send(task.id(), unit, occasion) ? 1 : 0;
		}
		return sent;
	}

	/**
	 * @return the reminders the person's unit received in the last week about tasks it
	 * has still to finish, newest first
	 */
	@Transactional(readOnly = true)
	List<Reminder> remindersFor(CurrentUser user) {
		return this.jdbc
			.sql("""
					select i.id as item, i.title, r.occasion, r.sent_at, t.deadline
					from supervision_reminder r join supervision_task t on t.id = r.task_id
					join supervision_item i on i.id = t.item_id
					where r.unit = :unit and not t.closed and r.sent_at > :since and i.classification in (:covered)
					  and not exists (select 1 from supervision_report a where a.task_id = t.id and a.completion and a.verdict is null)
					order by r.sent_at desc""")
			.param("unit", user.unitName())
			.param("since", OffsetDateTime.now(this.clock).minusDays(SHOWN_DAYS))
			.param("covered", Items.covered(user))
			.query((row, number) -> new Reminder(row.getObject("item", UUID.class), row.getString("title"),
					row.getString("occasion"), row.getObject("sent_at", OffsetDateTime.class).toInstant(),
					row.getObject("deadline", LocalDate.class)))
			.list();
	}

	/**
	 * Writes the reminder unless it was written before, and then announces it (for the
	 * e-mail, sent once the transaction is committed).
	 * @return whether it was written now
	 */
	private boolean send(UUID task, String unit, String occasion) {
		boolean sent = this.jdbc
			.sql("""
					insert into supervision_reminder (task_id, unit, occasion, sent_at) values (:task, :unit, :occasion, :now)
					on conflict do nothing""")
			.param("task", task)
			.param("unit", unit)
			.param("occasion", occasion)
			.param("now", OffsetDateTime.now(this.clock))
			.update() == 1;
		if (sent) {
			this.events.publishEvent(new ReminderMail.ReminderSent(task, unit, kindOf(occasion)));
		}
		return sent;
	}

}
