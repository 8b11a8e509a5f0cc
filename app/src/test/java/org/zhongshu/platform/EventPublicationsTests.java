package org.zhongshu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The nightly pruning of the event publication registry: events handled more than the
 * retention ago go, those handled lately stay, and one never handled stays however old.
 */
@DemoOfficeTest
class EventPublicationsTests {

	@Autowired
	EventPublications publications;

	@Autowired
	JdbcClient jdbc;

	@Test
	void deletesOnlyEventsHandledLongerAgoThanTheRetention() {
		OffsetDateTime now = OffsetDateTime.now();
		UUID old = publication(now.minusDays(41), now.minusDays(40));
		UUID recent = publication(now.minusDays(2), now.minusDays(1));
		UUID unhandled = publication(now.minusDays(40), null);

		this.publications.prune();

		assertThat(exists(old)).isFalse();
		assertThat(exists(recent)).isTrue();
		assertThat(exists(unhandled)).isTrue();
		this.jdbc.sql("delete from event_publication where id in (:ids)")
			.param("ids", List.of(recent, unhandled))
			.update();
	}

	private UUID publication(OffsetDateTime published, @Nullable OffsetDateTime completed) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
				                               completion_date, status, completion_attempts)
				values (:id, 'test.listener', 'java.lang.String', :event, :published, :completed, :status, 1)""")
			.param("id", id)
			.param("event", "\"" + id + "\"")
			.param("published", published)
			.param("completed", completed)
			.param("status", (completed != null) ? "COMPLETED" : "PROCESSING")
			.update();
		return id;
	}

	private boolean exists(UUID id) {
		return this.jdbc.sql("select count(*) from event_publication where id = :id")
			.param("id", id)
			.query(Integer.class)
			.single() == 1;
	}

}
