package org.zhongshu.platform;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the event publication registry small: the events modules handed each other are
 * kept once handled, as a record of what was done, for {@code zhongshu.events.retention}
 * (30 days unless set), and deleted each night after that. Events not yet handled are
 * never deleted.
 */
@Component
class EventPublications {

	private final CompletedEventPublications completed;

	private final Duration retention;

	EventPublications(CompletedEventPublications completed,
			@Value("${zhongshu.events.retention:30d}") Duration retention) {
		this.completed = completed;
		this.retention = retention;
	}

	@Scheduled(cron = "${zhongshu.events.prune-cron:0 30 3 * * *}")
	void prune() {
		this.completed.deletePublicationsOlderThan(this.retention);
	}

}
