package org.zhongshu.documents;

import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.zhongshu.platform.AuditEntry;
import org.zhongshu.platform.Auditable;
import org.zhongshu.platform.Classification;

/**
 * Someone opened or downloaded a document marked 秘密 or above: the audit trail records
 * every such read.
 *
 * @param kind 发文 or 收文
 * @param document the document's id
 * @param title its title
 * @param classification its 密级
 * @param what what was read: the page, or the file downloaded
 */
record DocumentRead(String kind, UUID document, String title, Classification classification,
		String what) implements Auditable {

	/** The lowest 密级 whose every read is recorded. */
	static final Classification RECORDED_FROM = Classification.CONFIDENTIAL;

	/**
	 * Records the read when the document is marked 秘密 or above.
	 */
	static void publish(ApplicationEventPublisher events, String kind, UUID document, String title,
			Classification classification, String what) {
		if (classification.compareTo(RECORDED_FROM) >= 0) {
			events.publishEvent(new DocumentRead(kind, document, title, classification, what));
		}
	}

	@Override
	public AuditEntry auditEntry() {
		return AuditEntry.succeeded("DOCUMENT_READ", "查阅涉密公文", this.kind + "《" + this.title + "》 " + this.document)
			.withClassification(this.classification)
			.withDetail(this.what);
	}

}
