package org.zhongshu.proofread.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads what the CLI is asked to check: UTF-8 text from a file or standard input, or the
 * text of a Word .docx (its paragraphs, one per line, tracked changes read as accepted:
 * what they took out is left out). A .docx is a zip holding {@code word/document.xml};
 * reading that with the JDK's StAX keeps the proofreader free of dependencies, and
 * external entities are refused.
 */
final class Documents {

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	private Documents() {
	}

	static String read(String source) throws IOException {
		if (source.equals("-")) {
			return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Path path = Path.of(source);
		if (!Files.isRegularFile(path)) {
			throw new IOException("找不到文件：" + source);
		}
		if (source.toLowerCase(Locale.ROOT).endsWith(".docx")) {
			try (InputStream in = Files.newInputStream(path)) {
				return docx(in);
			}
		}
		return Files.readString(path, StandardCharsets.UTF_8);
	}

	static String docx(InputStream in) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(in)) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (entry.getName().equals("word/document.xml")) {
					return paragraphs(zip);
				}
			}
		}
		throw new IOException("不是有效的 .docx 文件：缺少 word/document.xml");
	}

	private static String paragraphs(InputStream xml) throws IOException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		StringBuilder text = new StringBuilder();
		try {
			XMLStreamReader reader = factory.createXMLStreamReader(xml, "UTF-8");
			boolean inText = false;
			int takenOut = 0;
			while (reader.hasNext()) {
				int event = reader.next();
				if (event == XMLStreamConstants.START_ELEMENT && W.equals(reader.getNamespaceURI())) {
					switch (reader.getLocalName()) {
						case "del", "moveFrom" -> takenOut++;
						case "t" -> inText = takenOut == 0;
						case "tab" -> text.append((takenOut == 0) ? "\t" : "");
						case "br", "cr" -> text.append((takenOut == 0) ? "\u2029" : "");
						default -> {
						}
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT && W.equals(reader.getNamespaceURI())) {
					switch (reader.getLocalName()) {
						case "del", "moveFrom" -> takenOut--;
						case "t" -> inText = false;
						case "p" -> text.append('\n');
						default -> {
						}
					}
				}
				else if (event == XMLStreamConstants.CHARACTERS && inText) {
					text.append(reader.getText());
				}
			}
		}
		catch (XMLStreamException ex) {
			throw new IOException("无法读取 .docx 的正文：" + ex.getMessage(), ex);
		}
		return text.toString().stripTrailing();
	}

}
