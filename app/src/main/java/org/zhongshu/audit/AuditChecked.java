package org.zhongshu.audit;

import org.zhongshu.platform.AuditEntry;
import org.zhongshu.platform.Auditable;

/**
 * The auditor verified or exported the trail: the auditor's own work is on the record
 * too.
 *
 * @param what what was done
 * @param outcome how it came out
 * @param success whether the trail was found intact (verification), or the export
 * produced
 */
record AuditChecked(What what, String outcome, boolean success) implements Auditable {

	enum What {

		VERIFIED("AUDIT_VERIFIED", "校验审计日志"),

		EXPORTED("AUDIT_EXPORTED", "导出审计日志");

		private final String event;

		private final String label;

		What(String event, String label) {
			this.event = event;
			this.label = label;
		}

	}

	@Override
	public AuditEntry auditEntry() {
		AuditEntry entry = this.success ? AuditEntry.succeeded(this.what.event, this.what.label, "审计日志")
				: AuditEntry.failed(this.what.event, this.what.label, "审计日志");
		return entry.withDetail(this.outcome);
	}

}
