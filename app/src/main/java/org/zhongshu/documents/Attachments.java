package org.zhongshu.documents;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhongshu.platform.AttachmentFile;
import org.zhongshu.platform.ContentStore;

/**
 * The 附件 of a document, 发文 or 收文: checked on upload ({@link AttachmentFile}), kept in the
 * content store by their SHA-256 and listed in order. Whoever calls decides who may see
 * them.
 */
@Service
class Attachments {

	private final JdbcClient jdbc;

	private final ContentStore store;

	Attachments(JdbcClient jdbc, ContentStore store) {
		this.jdbc = jdbc;
		this.store = store;
	}

	/**
	 * An 附件 as listed.
	 *
	 * @param position its place, from 1
	 * @param name its name
	 * @param size its size in bytes
	 */
	record Attachment(int position, String name, int size) {
	}

	/**
	 * Keeps the files as the document's 附件, after any it has.
	 */
	@Transactional
	void attach(UUID document, List<AttachmentFile> files) {
		int last = this.jdbc.sql("select coalesce(max(position), 0) from document_attachment where document_id = :id")
			.param("id", document)
			.query(Integer.class)
			.single();
		for (int i = 0; i < files.size(); i++) {
			AttachmentFile file = files.get(i);
			this.jdbc.sql("""
					insert into document_attachment (document_id, position, name, media_type, sha256, size)
					values (:id, :position, :name, :mediaType, :hash, :size)""")
				.param("id", document)
				.param("position", last + i + 1)
				.param("name", file.name())
				.param("mediaType", file.mediaType())
				.param("hash", this.store.store(file.content()))
				.param("size", file.content().length)
				.update();
		}
	}

	/**
	 * @return the document's 附件, in order
	 */
	@Transactional(readOnly = true)
	List<Attachment> of(UUID document) {
		return this.jdbc
			.sql("select position, name, size from document_attachment where document_id = :id order by position")
			.param("id", document)
			.query((row, number) -> new Attachment(row.getInt("position"), row.getString("name"), row.getInt("size")))
			.list();
	}

	/**
	 * @return the 附件 at the position, with its bytes, if there is one
	 */
	@Transactional(readOnly = true)
	Optional<AttachmentFile> file(UUID document, int position) {
		return this.jdbc.sql(
				"select name, media_type, sha256 from document_attachment where document_id = :id and position = :position")
			.param("id", document)
			.param("position", position)
			.query((row, number) -> new AttachmentFile(row.getString("name"), row.getString("media_type"),
					this.store.read(row.getString("sha256"))))
			.optional();
	}

}
