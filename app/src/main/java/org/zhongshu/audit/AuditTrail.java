package org.zhongshu.audit;

import java.sql.Timestamp;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.zhongshu.platform.AuditEntry;
import org.zhongshu.platform.Auditable;

/**
 * Writes the audit trail. Every {@link Auditable} event is recorded in the transaction
 * that published it, so that a change and its record are committed together or not at
 * all. Rows are appended one at a time under a database lock, each hashed together with
 * the hash of the row before.
 */
@Component
class AuditTrail {

	static final String SYSTEM = "系统";

	/** The advisory lock that keeps the trail a single chain ("audit" in ASCII). */
	private static final long LOCK = 0x6175_6469_7400_0001L;

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	void on(Auditable event) {
		record(event.auditEntry());
	}

	private void record(AuditEntry entry) {
		this.jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", LOCK).query().singleRow();
		String previous = this.jdbc.sql("SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1")
			.query(String.class)
			.optional()
			.orElse(AuditRecord.GENESIS);
		long id = this.jdbc.sql("SELECT nextval('audit_event_id')").query(Long.class).single();
		AuditRecord row = AuditRecord.chained(id, this.clock.instant(), clip(actor(entry), 100), clip(clientIp(), 64),
				clip(entry.event(), 50), clip(entry.eventName(), 50), clip(entry.object(), 300), entry.success(),
				entry.classification(), clip(entry.detail(), 1000), previous);
		this.jdbc.sql("""
				INSERT INTO audit_event (id, occurred_at, actor, client_ip, event, event_name, object, success,
				                         classification, detail, previous_hash, hash)
				VALUES (:id, :occurredAt, :actor, :clientIp, :event, :eventName, :object, :success,
				        :classification, :detail, :previousHash, :hash)
				""")
			.param("id", row.id())
			.param("occurredAt", Timestamp.from(row.occurredAt()))
			.param("actor", row.actor())
			.param("clientIp", row.clientIp())
			.param("event", row.event())
			.param("eventName", row.eventName())
			.param("object", row.object())
			.param("success", row.success())
			.param("classification", row.classification().name())
			.param("detail", row.detail())
			.param("previousHash", row.previousHash())
			.param("hash", row.hash())
			.update();
	}

	private static String actor(AuditEntry entry) {
		if (entry.actor() != null && !entry.actor().isBlank()) {
			return entry.actor();
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated()) ? authentication.getName() : SYSTEM;
	}

	private static String clientIp() {
		HttpServletRequest request = currentRequest();
		return (request != null) ? request.getRemoteAddr() : "";
	}

	private static @Nullable HttpServletRequest currentRequest() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest() : null;
	}

	/**
	 * Cuts what a client sent (a login name typed at the login page can be anything) to
	 * the column's size.
	 */
	private static String clip(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length - 1) + "…";
	}

}
