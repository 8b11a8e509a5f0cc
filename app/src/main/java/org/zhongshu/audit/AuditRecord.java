package org.zhongshu.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.zhongshu.platform.Classification;

/**
 * One row of the audit trail, with the SM3 hash (GB/T 32905-2016) that chains it to the
 * row before.
 *
 * @param id position in the trail
 * @param occurredAt when it happened, to the microsecond the database keeps
 * @param actor who acted: a login name, or 系统
 * @param clientIp where the request came from
 * @param event the stable code of the event
 * @param eventName the event in Chinese
 * @param object what the event was about
 * @param success whether the attempt succeeded
 * @param classification the classification of the object
 * @param detail anything else the auditor needs
 * @param previousHash the hash of the row before, {@link #GENESIS} for the first
 * @param hash this row's hash over all of the above
 */
record AuditRecord(long id, Instant occurredAt, String actor, String clientIp, String event, String eventName,
		String object, boolean success, Classification classification, String detail, String previousHash,
		String hash) {

	static final String GENESIS = "0".repeat(64);

	/**
	 * @return a new row, its hash computed from its content and the previous hash
	 */
	static AuditRecord chained(long id, Instant occurredAt, String actor, String clientIp, String event,
			String eventName, String object, boolean success, Classification classification, String detail,
			String previousHash) {
		AuditRecord unsigned = new AuditRecord(id, occurredAt.truncatedTo(ChronoUnit.MICROS), actor, clientIp, event,
				eventName, object, success, classification, detail, previousHash, "");
		return unsigned.withHash(unsigned.computeHash());
	}

	/**
	 * @return the hash this row's content calls for; differs from {@link #hash()} once
	 * anything was altered
	 */
	String computeHash() {
		SM3Digest digest = new SM3Digest();
		long micros = ChronoUnit.MICROS.between(Instant.EPOCH, this.occurredAt);
		for (String field : new String[] { Long.toString(this.id), Long.toString(micros), this.actor, this.clientIp,
				this.event, this.eventName, this.object, Boolean.toString(this.success), this.classification.name(),
				this.detail, this.previousHash }) {
			byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
			byte[] length = (bytes.length + ":").getBytes(StandardCharsets.US_ASCII);
			digest.update(length, 0, length.length);
			digest.update(bytes, 0, bytes.length);
		}
		byte[] out = new byte[digest.getDigestSize()];
		digest.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}

	String result() {
		return this.success ? "成功" : "失败";
	}

	private AuditRecord withHash(String hash) {
		return new AuditRecord(this.id, this.occurredAt, this.actor, this.clientIp, this.event, this.eventName,
				this.object, this.success, this.classification, this.detail, this.previousHash, hash);
	}

}
