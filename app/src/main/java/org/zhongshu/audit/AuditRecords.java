package org.zhongshu.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.zhongshu.platform.Classification;

/**
 * Reading the audit trail: searches a page at a time, and every row in order for
 * verification and export.
 */
@Repository
@Transactional(readOnly = true)
class AuditRecords {

	private static final String COLUMNS = """
			SELECT id, occurred_at, actor, client_ip, event, event_name, object, success, classification, detail,
			       previous_hash, hash
			FROM audit_event""";

	private static final int FETCH_SIZE = 1000;

	private final JdbcClient jdbc;

	private final ZoneId zone;

	AuditRecords(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.zone = clock.getZone();
	}

	Page<AuditRecord> find(AuditQuery query, int page, int size) {
		Where where = where(query);
		long total = where.bind(this.jdbc.sql("SELECT count(*) FROM audit_event" + where.sql()))
			.query(Long.class)
			.single();
		List<AuditRecord> rows = where
			.bind(this.jdbc.sql(COLUMNS + where.sql() + " ORDER BY id DESC LIMIT :limit OFFSET :offset"))
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(AuditRecords::row)
			.list();
		return new PageImpl<>(rows, PageRequest.of(page, size), total);
	}

	/**
	 * Hands every matching row, oldest first, to the consumer without holding them all in
	 * memory.
	 */
	void forEach(AuditQuery query, Consumer<AuditRecord> consumer) {
		Where where = where(query);
		try (Stream<AuditRecord> rows = where.bind(this.jdbc.sql(COLUMNS + where.sql() + " ORDER BY id"))
			.withFetchSize(FETCH_SIZE)
			.query(AuditRecords::row)
			.stream()) {
			rows.forEach(consumer);
		}
	}

	long count(AuditQuery query) {
		Where where = where(query);
		return where.bind(this.jdbc.sql("SELECT count(*) FROM audit_event" + where.sql())).query(Long.class).single();
	}

	/**
	 * @return the kinds of event the trail holds, code to Chinese name, for the search
	 * form
	 */
	Map<String, String> events() {
		Map<String, String> events = new LinkedHashMap<>();
		this.jdbc.sql("SELECT DISTINCT event, event_name FROM audit_event ORDER BY event_name").query((rs) -> {
			events.putIfAbsent(rs.getString("event"), rs.getString("event_name"));
		});
		return events;
	}

	private Where where(AuditQuery query) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (query.from() != null) {
			conditions.add("occurred_at >= :from");
			params.put("from", Timestamp.from(query.from().atStartOfDay(this.zone).toInstant()));
		}
		if (query.to() != null) {
			conditions.add("occurred_at < :to");
			params.put("to", Timestamp.from(query.to().plusDays(1).atStartOfDay(this.zone).toInstant()));
		}
		if (query.actor() != null) {
			conditions.add("actor = :actor");
			params.put("actor", query.actor());
		}
		if (query.event() != null) {
			conditions.add("event = :event");
			params.put("event", query.event());
		}
		if (query.success() != null) {
			conditions.add("success = :success");
			params.put("success", query.success());
		}
		return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
	}

	private static AuditRecord row(ResultSet rs, int row) throws SQLException {
		return new AuditRecord(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
				rs.getString("client_ip"), rs.getString("event"), rs.getString("event_name"), rs.getString("object"),
				rs.getBoolean("success"), Classification.valueOf(rs.getString("classification")),
				rs.getString("detail"), rs.getString("previous_hash"), rs.getString("hash"));
	}

	/**
	 * A WHERE clause built from fixed fragments, with the values only as bind parameters.
	 */
	private record Where(String sql, Map<String, Object> params) {

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
			return statement.params(this.params);
		}

	}

}
