package org.zhongshu.people;

import org.zhongshu.platform.AuditEntry;
import org.zhongshu.platform.Auditable;

/**
 * An administrator changed a person's account: created, edited, disabled, enabled,
 * unlocked it or reset its password.
 *
 * @param loginName whose account
 * @param change what was done
 * @param detail what changed, for the auditor
 */
public record PersonChanged(String loginName, Change change, String detail) implements Auditable {

	public enum Change {

		CREATED("USER_CREATED", "创建用户"),

		EDITED("USER_EDITED", "修改用户"),

		DISABLED("USER_DISABLED", "停用用户"),

		ENABLED("USER_ENABLED", "启用用户"),

		UNLOCKED("USER_UNLOCKED", "解锁用户"),

		PASSWORD_RESET("PASSWORD_RESET", "重置密码");

		private final String event;

		private final String label;

		Change(String event, String label) {
			this.event = event;
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	@Override
	public AuditEntry auditEntry() {
		return AuditEntry.succeeded(this.change.event, this.change.label, "用户 " + this.loginName)
			.withDetail(this.detail);
	}

}
