package org.zhongshu.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the auditor looks for: a period, a user, a kind of event, a result. Empty fields
 * do not filter.
 *
 * @param from first day, inclusive
 * @param to last day, inclusive
 * @param actor the login name of who acted, exactly
 * @param event the code of a kind of event
 * @param success only successes (true) or only failures (false)
 */
record AuditQuery(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String actor, @Nullable String event,
		@Nullable Boolean success) {

	AuditQuery {
		actor = (actor != null && !actor.isBlank()) ? actor.strip() : null;
		event = (event != null && !event.isBlank()) ? event.strip() : null;
	}

	static AuditQuery everything() {
		return new AuditQuery(null, null, null, null, null);
	}

	boolean periodIsReversed() {
		return this.from != null && this.to != null && this.to.isBefore(this.from);
	}

}
