package org.zhongshu.people;

import org.zhongshu.platform.AuditEntry;
import org.zhongshu.platform.Auditable;

/**
 * A person set a new password of their own.
 *
 * @param loginName whose password
 * @param why why it was changed: by choice, first login, expiry
 */
public record PasswordChanged(String loginName, String why) implements Auditable {

	@Override
	public AuditEntry auditEntry() {
		return AuditEntry.succeeded("PASSWORD_CHANGED", "修改密码", "账户 " + this.loginName)
			.withActor(this.loginName)
			.withDetail(this.why);
	}

}
