package org.zhongshu.platform;

/**
 * An event the audit trail must record. Modules publish their events as usual; the audit
 * module records every one that implements this, in the same transaction.
 */
public interface Auditable {

	/**
	 * @return what the audit trail records about this event
	 */
	AuditEntry auditEntry();

}
