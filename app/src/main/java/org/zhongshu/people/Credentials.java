package org.zhongshu.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Passwords and login state. Every change is one SQL statement, so that concurrent logins
 * on several app nodes count failures correctly and a lock holds everywhere and across
 * restarts.
 */
@Repository
class Credentials {

	private static final String SELECT = """
			SELECT person_id, password_hash, password_changed_at, must_change_password, failed_attempts,
			       locked_until, totp_secret, previous_login_at, previous_login_ip
			FROM credential""";

	private final JdbcClient jdbc;

	Credentials(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void create(long personId, String passwordHash, Instant now, boolean mustChangePassword) {
		this.jdbc.sql("""
				INSERT INTO credential (person_id, password_hash, password_changed_at, must_change_password)
				VALUES (:person, :hash, :now, :mustChange)
				""")
			.param("person", personId)
			.param("hash", passwordHash)
			.param("now", Timestamp.from(now))
			.param("mustChange", mustChangePassword)
			.update();
	}

	Optional<Credential> find(long personId) {
		return this.jdbc.sql(SELECT + " WHERE person_id = :person")
			.param("person", personId)
			.query(Credentials::credential)
			.optional();
	}

	/**
	 * @return the credentials of these people, by person id
	 */
	Map<Long, Credential> findAll(Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql(SELECT + " WHERE person_id IN (:people)")
			.param("people", personIds)
			.query(Credentials::credential)
			.list()
			.stream()
			.collect(Collectors.toMap(Credential::personId, Function.identity()));

	}

	/**
	 * Sets a password the person chose.
	 */
	void changePassword(long personId, String passwordHash, Instant now) {
		this.jdbc.sql("""
				UPDATE credential SET password_hash = :hash, password_changed_at = :now, must_change_password = false
				WHERE person_id = :person
				""").param("hash", passwordHash).param("now", Timestamp.from(now)).param("person", personId).update();
	}

	/**
	 * Sets a password an administrator handed out: it must be changed at the next login,
	 * and the account is unlocked.
	 */
	void resetPassword(long personId, String passwordHash, Instant now) {
		this.jdbc.sql("""
				UPDATE credential SET password_hash = :hash, password_changed_at = :now, must_change_password = true,
				       failed_attempts = 0, locked_until = NULL
				WHERE person_id = :person
				""").param("hash", passwordHash).param("now", Timestamp.from(now)).param("person", personId).update();
	}

	/**
	 * Counts one wrong password or code, and locks the account when this was one too
	 * many. After a lock has run out the count starts again.
	 * @return the lock now in force, if any
	 */
	Optional<Instant> registerFailure(long personId, Instant now, int maximumAttempts, Duration lockDuration) {
		return this.jdbc.sql("""
				UPDATE credential SET
				    failed_attempts = CASE WHEN locked_until IS NOT NULL AND locked_until <= :now THEN 1
				                           ELSE failed_attempts + 1 END,
				    locked_until = CASE
				        WHEN locked_until IS NOT NULL AND locked_until > :now THEN locked_until
				        WHEN locked_until IS NULL AND failed_attempts + 1 >= :maximum THEN :lockEnd
				        ELSE NULL END
				WHERE person_id = :person
				RETURNING locked_until
				""")
			.param("now", Timestamp.from(now))
			.param("maximum", maximumAttempts)
			.param("lockEnd", Timestamp.from(now.plus(lockDuration)))
			.param("person", personId)
			.query((rs, row) -> Optional.ofNullable(instant(rs.getTimestamp("locked_until"))))
			.single();
	}

	/**
	 * Records a completed login: the failure count starts again and the previous login is
	 * kept for the person to check.
	 */
	void registerSuccess(long personId, Instant now, String clientIp) {
		this.jdbc.sql("""
				UPDATE credential SET failed_attempts = 0, locked_until = NULL,
				       previous_login_at = last_login_at, previous_login_ip = last_login_ip,
				       last_login_at = :now, last_login_ip = :ip
				WHERE person_id = :person
				""").param("now", Timestamp.from(now)).param("ip", clientIp).param("person", personId).update();
	}

	void unlock(long personId) {
		this.jdbc.sql("UPDATE credential SET failed_attempts = 0, locked_until = NULL WHERE person_id = :person")
			.param("person", personId)
			.update();
	}

	void enrolSecondFactor(long personId, String secret, long usedStep) {
		this.jdbc.sql("UPDATE credential SET totp_secret = :secret, totp_last_step = :step WHERE person_id = :person")
			.param("secret", secret)
			.param("step", usedStep)
			.param("person", personId)
			.update();
	}

	void removeSecondFactor(long personId) {
		this.jdbc.sql("UPDATE credential SET totp_secret = NULL, totp_last_step = NULL WHERE person_id = :person")
			.param("person", personId)
			.update();
	}

	/**
	 * Uses up a time step of the second factor, so that a code cannot be used twice.
	 * @return whether the step was still unused
	 */
	boolean useSecondFactorStep(long personId, long step) {
		return this.jdbc.sql("""
				UPDATE credential SET totp_last_step = :step
				WHERE person_id = :person AND (totp_last_step IS NULL OR totp_last_step < :step)
				""").param("step", step).param("person", personId).update() == 1;
	}

	long countLockedAt(Instant now) {
		return this.jdbc.sql("SELECT count(*) FROM credential WHERE locked_until > :now")
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	private static Credential credential(ResultSet rs, int row) throws SQLException {
		return new Credential(rs.getLong("person_id"), rs.getString("password_hash"),
				rs.getTimestamp("password_changed_at").toInstant(), rs.getBoolean("must_change_password"),
				rs.getInt("failed_attempts"), instant(rs.getTimestamp("locked_until")), rs.getString("totp_secret"),
				instant(rs.getTimestamp("previous_login_at")), rs.getString("previous_login_ip"));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
