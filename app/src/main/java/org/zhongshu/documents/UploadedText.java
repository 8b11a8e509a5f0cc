package org.zhongshu.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.zhongshu.platform.RefusedException;

import org.springframework.web.multipart.MultipartFile;

/**
 * The text of an uploaded document: a Word document (its paragraphs and tables, one line
 * each), .docx or the Word 97–2003 .doc older office machines still save, told apart by
 * their content, not their name; or a plain .txt in UTF-8 or, as older office machines
 * save it, GB18030. Anything else is refused with the reason.
 */
final class UploadedText {

	private static final Charset GB18030 = Charset.forName("GB18030");

	private UploadedText() {
	}

	static Content read(MultipartFile file) {
		String name = String.valueOf(file.getOriginalFilename()).toLowerCase(Locale.ROOT);
		if (name.endsWith(".wps")) {
			throw new RefusedException("暂不支持 WPS 格式（.wps），请在 WPS 中另存为 .docx 后上传。");
		}
		if (!name.endsWith(".docx") && !name.endsWith(".doc") && !name.endsWith(".txt")) {
			throw new RefusedException("只能上传 Word 文档（.docx、.doc）或纯文本（.txt）文件。");
		}
		try (InputStream in = FileMagic.prepareToCheckMagic(file.getInputStream())) {
			return name.endsWith(".txt") ? new Content(plain(in.readAllBytes()), false, false) : word(in);
		}
		catch (RefusedException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw unreadable(file);
		}
	}

	/**
	 * @return the file's own name, without the folders some browsers send
	 */
	static String name(MultipartFile file) {
		return String.valueOf(file.getOriginalFilename()).replaceAll(".*[/\\\\]", "");
	}

	/**
	 * @return the name for the file corrected, in the given format: 通知.docx → 通知（校对后）.txt
	 */
	static String correctedName(MultipartFile file, String extension) {
		return name(file).replaceFirst("\\.[^.]*$", "") + "（校对后）." + extension;
	}

	/**
	 * @return the uploaded Word .docx, opened; the caller closes it
	 * @throws RefusedException if the file is no .docx
	 */
	static XWPFDocument docx(MultipartFile file) {
		try (InputStream in = FileMagic.prepareToCheckMagic(file.getInputStream())) {
			if (FileMagic.valueOf(in) != FileMagic.OOXML) {
				throw new RefusedException("“%s”不是 Word .docx 文档。".formatted(file.getOriginalFilename()));
			}
			return new XWPFDocument(in);
		}
		catch (RefusedException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw unreadable(file);
		}
	}

	private static RefusedException unreadable(MultipartFile file) {
		return new RefusedException("无法读取文件“%s”：文件已损坏，或不是它的扩展名所说的格式。".formatted(file.getOriginalFilename()));
	}

	/**
	 * @param in a stream whose first bytes can be read again
	 */
	private static Content word(InputStream in) throws IOException {
		FileMagic kind = FileMagic.valueOf(in);
		if (kind == FileMagic.OOXML) {
			try (XWPFDocument document = new XWPFDocument(in)) {
				WordText text = WordText.of(document);
				return new Content(text.text(), true, text.revised());
			}
		}
		if (kind != FileMagic.OLE2) {
			throw new IOException("neither a .docx nor a .doc");
		}
		try (POIFSFileSystem container = new POIFSFileSystem(in)) {
			if (container.getRoot().hasEntry("EncryptedPackage")) {
				throw new EncryptedDocumentException("a .docx with a password");
			}
			try (HWPFDocument document = new HWPFDocument(container);
					WordExtractor extractor = new WordExtractor(document)) {
				return new Content(extractor.getText().replace("\r\n", "\n").strip(), false, false);
			}
		}
		catch (EncryptedDocumentException ex) {
			throw new RefusedException("文件设有打开密码，无法读取：请在 Word 中取消密码后上传。");
		}
	}

	private static String plain(byte[] bytes) {
		int start = (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF)
				? 3 : 0;
		ByteBuffer content = ByteBuffer.wrap(bytes, start, bytes.length - start);
		try {
			return strictly(StandardCharsets.UTF_8, content).replace("\r\n", "\n");
		}
		catch (CharacterCodingException notUtf8) {
			try {
				return strictly(GB18030, content).replace("\r\n", "\n");
			}
			catch (CharacterCodingException neither) {
				throw new RefusedException("文本文件的编码无法识别，请另存为 UTF-8 编码后上传。");
			}
		}
	}

	private static String strictly(Charset charset, ByteBuffer bytes) throws CharacterCodingException {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(bytes.duplicate())
			.toString();
	}

	/**
	 * What an uploaded document says.
	 *
	 * @param text its text, tracked changes read as accepted
	 * @param docx whether it is a Word .docx, whose corrections can be written back into
	 * it (told from its content, not its name)
	 * @param revised whether it holds tracked changes not yet accepted or rejected (a
	 * .docx; a .doc's are not told)
	 */
	record Content(String text, boolean docx, boolean revised) {
	}

}
