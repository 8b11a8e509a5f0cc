package org.zhongshu.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.DemoOfficeTest;
import org.zhongshu.platform.SecondNode;

/**
 * Reminders with two application nodes on one database, and across a restart: a task went
 * past its deadline and missed its weekly report while no schedule ran; both nodes then
 * run the schedule at once, and each reminder is written once; a node started afterwards
 * finds nothing more to send.
 */
@DemoOfficeTest
class RemindersOnTwoNodesTests {

	@Autowired
	Items items;

	@Autowired
	SupervisionReminders reminders;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationContext context;

	@Test
	void remindersMissedWhileStoppedAreSentOnceWhicheverNodesRunTheSchedule() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		UUID id = this.items.create(
				new Items.NewItem(Source.SUPERIOR, "", "停机期间超期的事项", "", "周立新", Classification.INTERNAL),
				List.of(new Items.NewTask("江临市住房和城乡建设局", List.of("江临市教育局"), today.plusDays(1), Cycle.WEEKLY)),
				SupervisionTests.SUPERVISOR);
		UUID task = this.items.tasks(id).get(0).id();
		LocalDate deadline = today.minusDays(3);
		this.jdbc.sql("update supervision_task set deadline = :deadline, assigned_on = :assigned where id = :id")
			.param("deadline", deadline)
			.param("assigned", today.minusDays(20))
			.param("id", task)
			.update();

		try (ConfigurableApplicationContext second = node()) {
			SupervisionReminders other = second.getBean(SupervisionReminders.class);
			ExecutorService nodes = Executors.newFixedThreadPool(2);
			try {
				List<Callable<Integer>> runs = List.of(this.reminders::remind, other::remind);
				for (Future<Integer> run : nodes.invokeAll(runs)) {
					run.get();
				}
			}
			finally {
				nodes.shutdown();
			}
		}
		assertThat(sent(task)).containsExactlyInAnyOrder(
				"江临市住房和城乡建设局 " + SupervisionReminders.OVERDUE + deadline + "/0",
				"江临市教育局 " + SupervisionReminders.OVERDUE + deadline + "/0",
				"江临市住房和城乡建设局 " + SupervisionReminders.REPORT + today.minusDays(13));

		try (ConfigurableApplicationContext restarted = node()) {
			restarted.getBean(SupervisionReminders.class).remind();
		}
		this.reminders.remind();
		assertThat(sent(task)).hasSize(3);
	}

	private List<String> sent(UUID task) {
		return this.jdbc.sql("select unit || ' ' || occasion from supervision_reminder where task_id = :task")
			.param("task", task)
			.query(String.class)
			.list();
	}

	private ConfigurableApplicationContext node() {
		return SecondNode.start(this.context);
	}

}
