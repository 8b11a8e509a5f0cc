package org.zhongshu.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

	private final JdbcClient jdbc;

	private final Reports reports;

	private final Items items;

	private final SupervisionReminders reminders;

	SupervisionTodos(JdbcClient jdbc, Reports reports, Items items, SupervisionReminders reminders) {
		this.jdbc = jdbc;
		this.reports = reports;
		this.items = items;
		this.reminders = reminders;
	}

	@Override
	public List<Todo> todosFor(CurrentUser user) {
		List<Todo> todos = new ArrayList<>();
		if (user.hasRole(Role.LIAISON.name())) {
			this.jdbc.sql("""
					select i.id, i.title, t.deadline, t.lead_unit = :unit as lead, t.assigned_on,
					       (select r.verdict from supervision_report r where r.task_id = t.id and r.unit = :unit
					        order by r.reported_at desc limit 1) as last_verdict
					from supervision_task t join supervision_item i on i.id = t.item_id
					where t.state = 'OPEN' and (t.lead_unit = :unit or :unit = any(t.co_units))
					  and i.classification in (:covered)
					order by t.deadline""")
				.param("unit", user.unitName())
				.param("covered", Items.covered(user))
				.query((row, number) -> {
					String action = Reports.RETURNED.equals(row.getString("last_verdict")) ? "退回重报"
							: row.getBoolean("lead") ? "督办任务" : "配合督办";
					return new Todo(SOURCE, Todo.Kind.ACTION, action + "：" + row.getString("title"),
							href(row.getObject("id", UUID.class)), null, row.getObject("deadline", LocalDate.class));
				})
				.list()
				.forEach(todos::add);
			for (SupervisionReminders.Reminder reminder : this.reminders.remindersFor(user)) {
				todos.add(new Todo(SOURCE, Todo.Kind.NOTICE, reminder.kind() + "：" + reminder.title(),
						href(reminder.item()), reminder.sentAt(), reminder.deadline()));
			}
		}
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

	private static String href(UUID item) {
		return "/supervision/items/" + item;
	}

}
