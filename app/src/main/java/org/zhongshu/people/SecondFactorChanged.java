package org.zhongshu.people;

import org.zhongshu.platform.AuditEntry;
import org.zhongshu.platform.Auditable;

/**
 * A person's second factor was enrolled, or removed (by themselves where it is optional,
 * or by the security administrator when a phone is lost).
 *
 * @param loginName whose second factor
 * @param enrolled whether it is enrolled now
 */
public record SecondFactorChanged(String loginName, boolean enrolled) implements Auditable {

	@Override
	public AuditEntry auditEntry() {
		return this.enrolled ? AuditEntry.succeeded("SECOND_FACTOR_ENROLLED", "绑定动态口令", "账户 " + this.loginName)
				: AuditEntry.succeeded("SECOND_FACTOR_REMOVED", "解除动态口令", "账户 " + this.loginName);
	}

}
