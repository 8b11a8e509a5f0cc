package org.zhongshu.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhongshu.people.Role;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.Todo;
import org.zhongshu.platform.TodoProvider;

/**
 * What the 工作台 shows of 督查督办: for a unit's liaison each task of the unit still open (to
 * report on, or to report again when the 督查室 returned the last report) and each 催办 it
 * received; for the 督查室 the 批示 to assign, the reports and 办结 applications to review and
 * the applications to move a deadline.
 */
@Component
class SupervisionTodos implements TodoProvider {

	static final String SOURCE = "督查督办";

	/** How many days ahead a report or a deadline puts a task in the liaison's 待办. */
	static final int SOON = 3;

	private final JdbcClient jdbc;

	private final Reports reports;

	private final Items items;

	private final SupervisionReminders reminders;

	private final Ledger ledger;

	private final Clock clock;

	SupervisionTodos(JdbcClient jdbc, Reports reports, Items items, SupervisionReminders reminders, Ledger ledger,
			Clock clock) {
		this.jdbc = jdbc;
		this.reports = reports;
		this.items = items;
		this.reminders = reminders;
		this.ledger = ledger;
		this.clock = clock;
	}

	@Override
	public List<Todo> todosFor(CurrentUser user) {
		List<Todo> todos = new ArrayList<>();
		if (user.hasRole(Role.LIAISON.name())) {
			todos.addAll(tasksOf(user));
		}
		todos.addAll(noticesFor(user));
		for (Item item : this.items.unassigned(user)) {
			todos.add(new Todo(SOURCE, Todo.Kind.ACTION, "分解交办：" + item.title(), href(item.id()), item.createdAt(),
					item.proposedDeadline()));
		}
		for (Reports.Waiting waiting : this.reports.waitingForReview(user)) {
			todos.add(new Todo(SOURCE, Todo.Kind.ACTION,
					(waiting.completion() ? "审核办结申请：" : "审核进展报告：") + waiting.unit() + "·" + waiting.title(),
					href(waiting.item()), waiting.since(), waiting.deadline()));
		}
		for (Reports.Waiting waiting : this.reports.deadlineApplications(user)) {
			todos.add(new Todo(SOURCE, Todo.Kind.ACTION, "审批时限调整：" + waiting.unit() + "·" + waiting.title(),
					href(waiting.item()), waiting.since(), null));
		}
		return todos;
	}

	/**
	 * The reminders sent to a liaison's unit, found without the rest of the 工作台.
	 */
	@Override
	public List<Todo> noticesFor(CurrentUser user) {
		if (!user.hasRole(Role.LIAISON.name())) {
			return List.of();
		}
		return this.reminders.remindersFor(user)
			.stream()
			.map((reminder) -> new Todo(SOURCE, Todo.Kind.NOTICE, reminder.kind() + "：" + reminder.title(),
					href(reminder.item()), reminder.sentAt(), reminder.deadline()))
			.toList();
	}

	/**
	 * @return the open tasks of the liaison's unit that ask something of it now: a report
	 * returned, a report falling due within {@value #SOON} days, a one-off task, a task
	 * the unit has not yet reported on, or a deadline within {@value #SOON} days; a task
	 * reporting weekly or monthly waits in the 台账 between its reports
	 */
	private List<Todo> tasksOf(CurrentUser user) {
		String unit = user.unitName();
		List<Ledger.Line> open = this.ledger.lines(new Ledger.Filter(unit, null, null, null, null, null, null), user)
			.stream()
			.filter((line) -> line.task().state() == Task.State.OPEN)
			.toList();
		if (open.isEmpty()) {
			return List.of();
		}
		Map<UUID, String> verdicts = new HashMap<>();
		this.jdbc.sql("""
				select distinct on (task_id) task_id, verdict from supervision_report
				where unit = :unit and task_id in (:tasks) order by task_id, reported_at desc""")
			.param("unit", unit)
			.param("tasks", open.stream().map((line) -> line.task().id()).toList())
			.query((row, number) -> verdicts.put(row.getObject("task_id", UUID.class), row.getString("verdict")))
			.list();
		LocalDate soon = LocalDate.now(this.clock).plusDays(SOON);
		List<Todo> todos = new ArrayList<>();
		for (Ledger.Line line : open) {
			Task task = line.task();
			boolean lead = task.leadUnit().equals(unit);
			LocalDate reportDue = task.reportDue();
			String action = null;
			LocalDate due = task.deadline();
			if (Reports.Verdict.RETURNED.name().equals(verdicts.get(task.id()))) {
				action = "退回重报";
			}
			else if (lead && reportDue != null && !reportDue.isAfter(soon)) {
				action = "报送进展";
				due = reportDue;
			}
			else if (task.cycle() == Cycle.ONCE || !task.deadline().isAfter(soon) || !verdicts.containsKey(task.id())) {
				action = lead ? "督办任务" : "配合督办";
			}
			if (action != null) {
				todos.add(new Todo(SOURCE, Todo.Kind.ACTION, action + "：" + line.item().title(), href(task.itemId()),
						null, due));
			}
		}
		return todos;
	}

	private static String href(UUID item) {
		return "/supervision/items/" + item;
	}

}
