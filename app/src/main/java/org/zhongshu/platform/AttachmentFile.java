package org.zhongshu.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An uploaded 附件, checked before anything is kept: a plain name (no path), a kind the
 * office exchanges (Office documents, WPS, PDF, OFD, PNG, JPEG — never SVG or HTML, which
 * can carry script), and content that is what its name says.
 *
 * @param name the name as uploaded
 * @param mediaType the media type it is served with
 * @param content its bytes
 */
public record AttachmentFile(String name, String mediaType, byte[] content) {

	private static final int LONGEST_NAME = 200;

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private static final Map<String, String> MEDIA_TYPES = Map.ofEntries(Map.entry("pdf", "application/pdf"),
			Map.entry("ofd", "application/ofd"),
			Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
			Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
			Map.entry("doc", "application/msword"), Map.entry("xls", "application/vnd.ms-excel"),
			Map.entry("wps", "application/vnd.ms-works"), Map.entry("et", "application/vnd.ms-excel"),
			Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"));

	/**
	 * @return the upload, checked
	 * @throws RefusedException naming the file and what is wrong with it
	 */
	public static AttachmentFile of(String uploadedName, byte[] content) {
		String name = uploadedName.strip();
		if (name.isEmpty() || name.length() > LONGEST_NAME || name.contains("/") || name.contains("\\")
				|| name.contains("..") || name.chars().anyMatch((c) -> c < 0x20 || c == 0x7F)) {
			throw new RefusedException("附件名“%s”不合规范：不能包含路径或控制字符，且不超过 %d 个字".formatted(name, LONGEST_NAME));
		}
		int dot = name.lastIndexOf('.');
		String extension = (dot < 0) ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
		String mediaType = MEDIA_TYPES.get(extension);
		if (mediaType == null) {
			throw new RefusedException("附件“%s”的类型不被接受：只能上传 Word、Excel、WPS 文档，PDF、OFD 或 PNG、JPEG 图片".formatted(name));
		}
		if (content.length == 0) {
			throw new RefusedException("附件“%s”是空文件".formatted(name));
		}
		if (!contentMatches(extension, content)) {
			throw new RefusedException("附件“%s”的内容与扩展名不符，可能已损坏或被改名".formatted(name));
		}
		return new AttachmentFile(name, mediaType, content);
	}

	private static boolean contentMatches(String extension, byte[] content) {
		return switch (extension) {
			case "pdf" -> startsWith(content, "%PDF-".getBytes());
			case "png" -> startsWith(content, new byte[] { (byte) 0x89, 'P', 'N', 'G' });
			case "jpg", "jpeg" -> startsWith(content, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });
			case "doc", "xls", "wps", "et" -> startsWith(content, OLE2);
			case "docx", "xlsx" -> zipHolds(content, "[Content_Types].xml");
			case "ofd" -> zipHolds(content, "OFD.xml");
			default -> false;
		};
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
	}

	private static boolean zipHolds(byte[] content, String entryName) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals(entryName)) {
					return true;
				}
			}
			return false;
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}

}
