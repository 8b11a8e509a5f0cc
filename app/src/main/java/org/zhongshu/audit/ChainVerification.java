package org.zhongshu.audit;

import java.io.Serial;
import java.io.Serializable;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking the whole audit trail against its hash chain. Serializable, as
 * it travels to the next page in the session.
 *
 * @param checked how many rows were checked
 * @param brokenAt the first row whose content or link does not match, if any
 * @param problem what is wrong there, in Chinese
 */
record ChainVerification(long checked, @Nullable Long brokenAt, String problem) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	static ChainVerification intact(long checked) {
		return new ChainVerification(checked, null, "");
	}

	public boolean isIntact() {
		return this.brokenAt == null;
	}

	/**
	 * Checks rows one after another, oldest first.
	 */
	static final class Verifier {

		private String previousHash = AuditRecord.GENESIS;

		private long checked;

		private @Nullable Long brokenAt;

		private String problem = "";

		void check(AuditRecord row) {
			if (this.brokenAt != null) {
				return;
			}
			this.checked++;
			if (!row.previousHash().equals(this.previousHash)) {
				this.brokenAt = row.id();
				this.problem = "第 %d 条记录与前一条记录的链接对不上：其前的记录被删除、插入或修改过。".formatted(row.id());
			}
			else if (!row.computeHash().equals(row.hash())) {
				this.brokenAt = row.id();
				this.problem = "第 %d 条记录的内容与其哈希值不符：这条记录被修改过。".formatted(row.id());
			}
			this.previousHash = row.hash();
		}

		ChainVerification result() {
			return (this.brokenAt == null) ? intact(this.checked)
					: new ChainVerification(this.checked, this.brokenAt, this.problem);
		}

	}

}
