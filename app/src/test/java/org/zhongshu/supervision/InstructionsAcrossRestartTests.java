package org.zhongshu.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhongshu.documents.SupervisionRequested;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.DemoOfficeTest;
import org.zhongshu.platform.SecondNode;

/**
 * A 批示 marked for supervision whose hand-over to the 督查室 a stop interrupted (its event
 * published with the 批办, not yet handled) becomes its 督办事项 when the application starts
 * again.
 */
@DemoOfficeTest
class InstructionsAcrossRestartTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void anInstructionNotYetHandedOverWhenTheApplicationStoppedIsHandedOverAtTheNextStart() throws Exception {
		UUID handled = UUID.randomUUID();
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(requested(handled)));
		Map<String, Object> publication = awaitCompleted(handled);

		UUID interrupted = UUID.randomUUID();
		this.jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
				                               completion_attempts)
				values (:id, :listener, :type, :event, :now, 'PUBLISHED', 0)""")
			.param("id", UUID.randomUUID())
			.param("listener", publication.get("listener_id"))
			.param("type", publication.get("event_type"))
			.param("event",
					publication.get("serialized_event").toString().replace(handled.toString(), interrupted.toString()))
			.param("now", OffsetDateTime.now())
			.update();
		assertThat(items(interrupted)).isZero();

		try (ConfigurableApplicationContext restarted = SecondNode.start(this.context)) {
			for (int attempt = 0; attempt < 50 && items(interrupted) == 0; attempt++) {
				Thread.sleep(100);
			}
		}
		assertThat(items(interrupted)).isOne();
	}

	private SupervisionRequested requested(UUID document) {
		return new SupervisionRequested(document, "关于做好重启测试工作的报告", "市委办收〔2026〕301号", Classification.INTERNAL, "周立新",
				"请财政局抓好落实。", List.of("江临市财政局"), LocalDate.now(this.clock).plusDays(10), this.clock.instant());
	}

	private Map<String, Object> awaitCompleted(UUID document) throws InterruptedException {
		for (int attempt = 0; attempt < 100; attempt++) {
			List<Map<String, Object>> rows = this.jdbc.sql(
					"select * from event_publication where serialized_event like :document and completion_date is not null")
				.param("document", "%" + document + "%")
				.query()
				.listOfRows();
			if (!rows.isEmpty()) {
				return rows.get(0);
			}
			Thread.sleep(100);
		}
		throw new AssertionError("督办事项的事件没有处理完");
	}

	private int items(UUID document) {
		return this.jdbc.sql("select count(*) from supervision_item where source_document = :document")
			.param("document", document)
			.query(Integer.class)
			.single();
	}

}
