package org.zhongshu.layout;

import java.util.List;

/**
 * An attachment, set after the document from a new page (GB/T 9704-2012 8.7): the word 附件
 * and its number top left, its title centred, its body.
 *
 * @param title the attachment's title, as in the 附件说明
 * @param body its paragraphs and tables
 */
public record Attachment(String title, List<Block> body) {

	public Attachment {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("附件缺少标题");
		}
		title = title.strip();
		body = (body == null) ? List.of() : List.copyOf(body);
	}

}
