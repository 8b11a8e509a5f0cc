package org.zhongshu.people;

import org.zhongshu.platform.AuditEntry;
import org.zhongshu.platform.Auditable;

/**
 * A person signed out, or their session was ended.
 *
 * @param loginName who
 * @param how how the session ended
 */
public record LoggedOut(String loginName, String how) implements Auditable {

	@Override
	public AuditEntry auditEntry() {
		return AuditEntry.succeeded("LOGOUT", "退出登录", "账户 " + this.loginName)
			.withActor(this.loginName)
			.withDetail(this.how);
	}

}
