package org.zhongshu.people;

import org.zhongshu.platform.AuditEntry;
import org.zhongshu.platform.Auditable;

/**
 * A person completed a login: password and, where required, the second factor.
 *
 * @param loginName who signed in
 * @param withSecondFactor whether a second factor was verified
 */
public record LoginSucceeded(String loginName, boolean withSecondFactor) implements Auditable {

	@Override
	public AuditEntry auditEntry() {
		return AuditEntry.succeeded("LOGIN_SUCCEEDED", "登录成功", "账户 " + this.loginName)
			.withActor(this.loginName)
			.withDetail(this.withSecondFactor ? "密码 + 动态口令" : "密码");
	}

}
