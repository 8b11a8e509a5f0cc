package org.zhongshu.platform;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.zhongshu.layout.DocxRenderer;
import org.zhongshu.layout.OfdRenderer;
import org.zhongshu.layout.OfficialDocument;
import org.zhongshu.layout.PdfRenderer;
import org.zhongshu.layout.Renderer;
import org.zhongshu.layout.Typefaces;

/**
 * The 红头文件 as every module prints it (GB/T 9704-2012, by the layout library): PDF, OFD or
 * DOCX, in the office's own fonts when {@code zhongshu.fonts} names their folder, else
 * the free fonts installed. The renderers are made at the first print, each parsing its
 * fonts once.
 */
@Component
public class Printer {

	/** What each printed kind is. */
	public enum Kind {

		PDF("application/pdf", ".pdf"), OFD("application/ofd", ".ofd"),
		DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");

		private final String mediaType;

		private final String extension;

		Kind(String mediaType, String extension) {
			this.mediaType = mediaType;
			this.extension = extension;
		}

		public String mediaType() {
			return this.mediaType;
		}

		public String extension() {
			return this.extension;
		}

		/**
		 * @return the kind a link names, such as {@code pdf}, in any case
		 */
		public static Optional<Kind> named(String name) {
			return Arrays.stream(values()).filter((kind) -> kind.name().equalsIgnoreCase(name)).findFirst();
		}

	}

	private final ZhongshuProperties properties;

	private @Nullable Map<Kind, Renderer> renderers;

	Printer(ZhongshuProperties properties) {
		this.properties = properties;
	}

	/**
	 * @return the document set in the kind
	 * @throws IllegalArgumentException if the document breaks a rule of GB/T 9704, naming
	 * the element
	 */
	public byte[] print(OfficialDocument document, Kind kind) {
		return renderers().get(kind).render(document);
	}

	/**
	 * @return the document set in every kind
	 * @throws IllegalArgumentException if the document breaks a rule of GB/T 9704, naming
	 * the element
	 */
	public Map<Kind, byte[]> printEveryKind(OfficialDocument document) {
		Map<Kind, byte[]> files = new EnumMap<>(Kind.class);
		for (Kind kind : Kind.values()) {
			files.put(kind, print(document, kind));
		}
		return files;
	}

	/**
	 * @return the name a printed file is downloaded under: the title without the marks
	 * file systems refuse, with the kind's extension
	 */
	public static String fileName(String title, Kind kind) {
		return title.replaceAll("[\\\\/:*?\"<>|\\s]", "") + kind.extension();
	}

	private synchronized Map<Kind, Renderer> renderers() {
		if (this.renderers == null) {
			Typefaces typefaces = Typefaces.find(this.properties.fonts());
			Map<Kind, Renderer> made = new EnumMap<>(Kind.class);
			made.put(Kind.PDF, new PdfRenderer(typefaces));
			made.put(Kind.OFD, new OfdRenderer(typefaces));
			made.put(Kind.DOCX, new DocxRenderer(typefaces));
			this.renderers = made;
		}
		return this.renderers;
	}

	@PreDestroy
	synchronized void closeFonts() {
		if (this.renderers != null) {
			this.renderers.values().forEach(Renderer::close);
		}
	}

}
