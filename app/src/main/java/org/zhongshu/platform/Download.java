package org.zhongshu.platform;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file a person downloads: always as an attachment under its own name (never shown
 * inline, so no uploaded file runs in the page's origin), the name encoded for any
 * browser.
 */
public final class Download {

	private Download() {
	}

	public static ResponseEntity<byte[]> of(String name, String mediaType, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(mediaType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}

	public static ResponseEntity<byte[]> of(AttachmentFile file) {
		return of(file.name(), file.mediaType(), file.content());
	}

}
