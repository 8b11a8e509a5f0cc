package org.zhongshu.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.zhongshu.platform.RefusedException;

import org.springframework.web.multipart.MultipartFile;

/**
 * The text of an uploaded document: a Word .docx (its paragraphs and tables, one line
 * each) or a plain .txt in UTF-8 or, as older office machines save it, GB18030. Anything
 * else is refused with the reason.
 */
final class UploadedText {

	private static final Charset GB18030 = Charset.forName("GB18030");

	private UploadedText() {
	}

	static String read(MultipartFile file) {
		String name = String.valueOf(file.getOriginalFilename()).toLowerCase(Locale.ROOT);
		if (name.endsWith(".doc") || name.endsWith(".wps")) {
			throw new RefusedException("暂不支持旧版 Word（.doc）或 WPS 格式，请另存为 .docx 后上传。");
		}
		if (!name.endsWith(".docx") && !name.endsWith(".txt")) {
			throw new RefusedException("只能上传 Word 文档（.docx）或纯文本（.txt）文件。");
		}
		try (InputStream in = file.getInputStream()) {
			return name.endsWith(".docx") ? docx(in) : plain(in.readAllBytes());
		}
		catch (RefusedException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new RefusedException("无法读取文件“%s”：文件已损坏，或不是它的扩展名所说的格式。".formatted(file.getOriginalFilename()));
		}
	}

	private static String docx(InputStream in) throws IOException {
		try (XWPFDocument document = new XWPFDocument(in);
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText().replace("\r\n", "\n").strip();
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

}
