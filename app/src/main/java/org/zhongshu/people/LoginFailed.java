package org.zhongshu.people;

import org.zhongshu.platform.AuditEntry;
import org.zhongshu.platform.Auditable;

/**
 * A login attempt failed. The person trying is told only that it failed; the reason is
 * for the auditor.
 *
 * @param attemptedName the login name typed
 * @param reason why it failed
 */
public record LoginFailed(String attemptedName, Reason reason) implements Auditable {

	public enum Reason {

		WRONG_PASSWORD("密码错误"),

		UNKNOWN_ACCOUNT("账户不存在"),

		ACCOUNT_LOCKED("账户已锁定"),

		ACCOUNT_DISABLED("账户已停用"),

		DEMO_ACCOUNT("演示账户仅在演示模式下可用"),

		WRONG_SECOND_FACTOR("动态口令错误");

		private final String label;

		Reason(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	@Override
	public AuditEntry auditEntry() {
		return AuditEntry.failed("LOGIN_FAILED", "登录失败", "账户 " + this.attemptedName)
			.withActor(this.attemptedName)
			.withDetail(this.reason.label());
	}

}
