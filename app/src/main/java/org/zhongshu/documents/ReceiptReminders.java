package org.zhongshu.documents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 催办 nobody has to remember: each unit handling a 收文 is reminded
 * {@value #DAYS_BEFORE} days before its deadline, on the first day past it, and each
 * further week it stays past it. The schedule runs every hour, so a reminder due while
 * the application was stopped goes out within the hour after it starts again; each
 * reminder is written once, whichever node runs the schedule and however often, because
 * the database takes one reminder per unit and occasion.
 */
@Component
class ReceiptReminders {

	static final int DAYS_BEFORE = 2;

	private static final int WEEK = 7;

	private final ReceiptFlow flow;

	private final JdbcClient jdbc;

	private final Clock clock;

	ReceiptReminders(ReceiptFlow flow, JdbcClient jdbc, Clock clock) {
		this.flow = flow;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @return how many reminders were sent now
	 */
	@Scheduled(cron = "${zhongshu.reminders.cron:0 0 * * * *}")
	@Transactional
	public int remind() {
		List<DocumentFlow.Step> handling = this.flow.waitingAt(ReceiptFlow.HANDLE)
			.stream()
			.filter((step) -> step.assignee() != null)
			.toList();
		if (handling.isEmpty()) {
			return 0;
		}
		Map<UUID, LocalDate> deadlines = new HashMap<>();
		this.jdbc.sql("select id, deadline from receipt where deadline is not null and id in (:ids)")
			.param("ids", handling.stream().map(DocumentFlow.Step::document).distinct().toList())
			.query((row, number) -> deadlines.put(row.getObject("id", UUID.class),
					row.getObject("deadline", LocalDate.class)))
			.list();
		LocalDate today = LocalDate.now(this.clock);
		int sent = 0;
		for (DocumentFlow.Step step : handling) {
			String occasion = occasion(deadlines.get(step.document()), today);
			if (occasion != null) {
				sent += this.jdbc.sql("""
						insert into receipt_reminder (receipt_id, handler, urged_at, occasion)
						values (:id, :handler, :now, :occasion)
						on conflict (receipt_id, handler, occasion) where occasion is not null do nothing""")
					.param("id", step.document())
					.param("handler", step.assignee())
					.param("now", OffsetDateTime.now(this.clock))
					.param("occasion", occasion)
					.update();
			}
		}
		return sent;
	}

	/**
	 * @return the occasion to remind on today, named so that it is the same each time the
	 * schedule runs that day and the next (a deadline moved is a new occasion); none when
	 * the deadline is further off
	 */
	static @Nullable String occasion(@Nullable LocalDate deadline, LocalDate today) {
		if (deadline == null) {
			return null;
		}
		long late = ChronoUnit.DAYS.between(deadline, today);
		if (late > 0) {
			return Reminder.OVERDUE + deadline + "/" + ((late - 1) / WEEK);
		}
		if (late >= -DAYS_BEFORE) {
			return Reminder.DUE + deadline;
		}
		return null;
	}

	/**
	 * A 催办 a unit received.
	 *
	 * @param receipt the document
	 * @param title its title
	 * @param deadline its deadline
	 * @param urgedAt when it was sent
	 * @param occasion for a reminder the system sent, why; none for the office's own
	 */
	record Reminder(UUID receipt, String title, @Nullable LocalDate deadline, Instant urgedAt,
			@Nullable String occasion) {

		static final String DUE = "due:";

		static final String OVERDUE = "overdue:";

		/**
		 * @return what the 工作台 calls it
		 */
		String kind() {
			if (this.occasion == null) {
				return "催办";
			}
			return this.occasion.startsWith(OVERDUE) ? "已超过办理时限" : "临近办理时限";
		}

	}

}
