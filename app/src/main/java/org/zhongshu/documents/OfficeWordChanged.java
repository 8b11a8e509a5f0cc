package org.zhongshu.documents;

import org.jspecify.annotations.Nullable;
import org.zhongshu.platform.AuditEntry;
import org.zhongshu.platform.Auditable;

/**
 * Someone added a word to the office's word list or took one out: what the proofreader
 * flags for everyone changed, and the audit trail records by whom.
 *
 * @param written the word as written
 * @param correction its right form when the word is one of the office's slips, or null
 * when it is a word written right
 * @param added whether it was added, or else removed
 */
record OfficeWordChanged(String written, @Nullable String correction, boolean added) implements Auditable {

	@Override
	public AuditEntry auditEntry() {
		AuditEntry entry = this.added
				? AuditEntry.succeeded("PROOFREAD_WORD_ADDED", "加入本办词库", "词语“" + this.written + "”")
				: AuditEntry.succeeded("PROOFREAD_WORD_REMOVED", "移出本办词库", "词语“" + this.written + "”");
		return entry.withDetail((this.correction != null) ? "易错词，应为“" + this.correction + "”" : "本办用语，校对时不再提示");
	}

}
