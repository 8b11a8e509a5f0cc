package org.zhongshu.people;

import org.zhongshu.platform.AuditEntry;
import org.zhongshu.platform.Auditable;

/**
 * A signed-in person asked for something outside their duty and was refused.
 *
 * @param loginName who asked
 * @param method the HTTP method
 * @param path what they asked for
 */
public record AccessRefused(String loginName, String method, String path) implements Auditable {

	@Override
	public AuditEntry auditEntry() {
		return AuditEntry.failed("ACCESS_REFUSED", "越权访问被拒绝", this.method + " " + this.path).withActor(this.loginName);
	}

}
