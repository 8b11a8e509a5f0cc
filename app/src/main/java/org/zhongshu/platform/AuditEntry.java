package org.zhongshu.platform;

import org.jspecify.annotations.Nullable;

/**
 * One line of the audit trail, as a module describes it. The audit module adds the time,
 * the client address and (unless given) the signed-in user.
 *
 * @param event a stable code for the kind of event, such as {@code LOGIN_FAILED}
 * @param eventName the event in Chinese, as the auditor reads it
 * @param object what the event was about, such as {@code 用户 wenmi}
 * @param success whether the attempt succeeded
 * @param classification the classification of the object
 * @param detail anything else the auditor needs, may be empty
 * @param actor who acted, when that is not the signed-in user (a login attempt names the
 * account tried)
 */
public record AuditEntry(String event, String eventName, String object, boolean success, Classification classification,
		String detail, @Nullable String actor) {

	public static AuditEntry succeeded(String event, String eventName, String object) {
		return new AuditEntry(event, eventName, object, true, Classification.PUBLIC, "", null);
	}

	public static AuditEntry failed(String event, String eventName, String object) {
		return new AuditEntry(event, eventName, object, false, Classification.PUBLIC, "", null);
	}

	public AuditEntry withDetail(String detail) {
		return new AuditEntry(this.event, this.eventName, this.object, this.success, this.classification, detail,
				this.actor);
	}

	public AuditEntry withActor(String actor) {
		return new AuditEntry(this.event, this.eventName, this.object, this.success, this.classification, this.detail,
				actor);
	}

	public AuditEntry withClassification(Classification classification) {
		return new AuditEntry(this.event, this.eventName, this.object, this.success, classification, this.detail,
				this.actor);
	}

}
