package org.zhongshu.people;

import java.time.Instant;

import org.zhongshu.platform.AuditEntry;
import org.zhongshu.platform.Auditable;

/**
 * Too many wrong passwords or codes in a row locked an account.
 *
 * @param loginName whose account
 * @param until when the lock runs out
 */
public record AccountLocked(String loginName, Instant until) implements Auditable {

	@Override
	public AuditEntry auditEntry() {
		return AuditEntry.succeeded("ACCOUNT_LOCKED", "账户锁定", "账户 " + this.loginName)
			.withActor(this.loginName)
			.withDetail("连续输错次数过多，锁定至 " + this.until);
	}

}
