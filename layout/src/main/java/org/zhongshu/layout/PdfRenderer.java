package org.zhongshu.layout;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.zhongshu.layout.Placed.Rule;
import org.zhongshu.layout.Placed.Text;
import org.zhongshu.layout.Typefaces.Font;
import org.zhongshu.layout.Typefaces.Typeface;

/**
 * Prints a document to PDF in the GB/T 9704-2012 layout, its fonts embedded as subsets.
 * The fonts are parsed once and kept open until {@link #close()}; one document is printed
 * at a time.
 */
public final class PdfRenderer implements AutoCloseable {

	private static final float POINTS_PER_MM = (float) (72 / 25.4);

	private final Typefaces typefaces;

	/** The fonts parsed so far, by file and name in the file: typefaces may share one. */
	private final Map<String, TrueTypeFont> parsed = new HashMap<>();

	private final List<Closeable> files = new ArrayList<>();

	public PdfRenderer(Typefaces typefaces) {
		this.typefaces = typefaces;
	}

	/**
	 * @param document the document
	 * @return the PDF
	 * @throws IllegalArgumentException if a font lacks a character of the text, naming
	 * both
	 */
	public synchronized byte[] render(OfficialDocument document) {
		List<Composer.Page> pages = Composer.compose(document);
		try (PDDocument pdf = new PDDocument()) {
			Map<Typeface, PDType0Font> fonts = new EnumMap<>(Typeface.class);
			Map<TrueTypeFont, PDType0Font> embedded = new HashMap<>();
			for (Typeface typeface : Typeface.values()) {
				TrueTypeFont font = parsed(this.typefaces.font(typeface));
				checkGlyphs(pages, this.typefaces.font(typeface), font);
				fonts.put(typeface, embedded.computeIfAbsent(font, (key) -> embed(pdf, key)));
			}
			for (Composer.Page page : pages) {
				PDPage sheet = new PDPage(PDRectangle.A4);
				pdf.addPage(sheet);
				try (PDPageContentStream content = new PDPageContentStream(pdf, sheet)) {
					for (Placed placed : page.items()) {
						draw(pdf, content, placed, fonts);
					}
					if (page.number() > 0) {
						draw(pdf, content, Composer.pageNumber(page.number()), fonts);
					}
				}
			}
			pdf.getDocumentInformation().setTitle(document.title());
			pdf.getDocumentInformation().setCreator("中枢 Zhongshu");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			pdf.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Closes the font files.
	 */
	@Override
	public synchronized void close() {
		for (Closeable file : this.files) {
			try {
				file.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		this.files.clear();
		this.parsed.clear();
	}

	/**
	 * @return the font, parsed at its first use and kept for every typeface it sets:
	 * parsing the character map of a CJK font takes longer than printing a document
	 */
	private TrueTypeFont parsed(Font font) throws IOException {
		String key = font.file() + "#" + font.nameInCollection();
		TrueTypeFont known = this.parsed.get(key);
		if (known != null) {
			return known;
		}
		TrueTypeFont loaded;
		if (font.file().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
			TrueTypeCollection collection = new TrueTypeCollection(font.file().toFile());
			this.files.add(collection);
			TrueTypeFont[] chosen = { null };
			collection.processAllFonts((candidate) -> {
				if (chosen[0] == null
						&& (font.nameInCollection() == null || font.nameInCollection().equals(candidate.getName()))) {
					chosen[0] = candidate;
				}
			});
			if (chosen[0] == null) {
				throw new IllegalStateException("字体文件 %s 中没有 %s".formatted(font.file(), font.nameInCollection()));
			}
			loaded = chosen[0];
		}
		else {
			loaded = new TTFParser().parse(new RandomAccessReadBufferedFile(font.file().toFile()));
			this.files.add(loaded);
		}
		this.parsed.put(key, loaded);
		return loaded;
	}

	/**
	 * Refuses, before anything is drawn, a character the typeface's font cannot show,
	 * naming it and where it stands.
	 */
	private static void checkGlyphs(List<Composer.Page> pages, Font font, TrueTypeFont parsed) throws IOException {
		CmapLookup characters = parsed.getUnicodeCmapLookup();
		for (Composer.Page page : pages) {
			for (Placed placed : page.items()) {
				if (!(placed instanceof Text text) || text.typeface() != font.typeface()) {
					continue;
				}
				for (int c : text.text().codePoints().toArray()) {
					if (characters.getGlyphId(c) == 0) {
						throw new IllegalArgumentException("%s字体 %s 中没有“%s”（U+%04X），见“%s”：请换用有此字的字体，或改用规范汉字"
							.formatted(font.typeface().label(), font.name(), Character.toString(c), c, text.text()));
					}
				}
			}
		}
	}

	private static PDType0Font embed(PDDocument pdf, TrueTypeFont font) {
		try {
			return PDType0Font.load(pdf, font, true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void draw(PDDocument pdf, PDPageContentStream content, Placed placed,
			Map<Typeface, PDType0Font> fonts) throws IOException {
		if (placed instanceof Placed.Image image) {
			content.drawImage(seal(pdf, image.file()), x(image.x()), y(image.y() + image.size()),
					(float) image.size() * POINTS_PER_MM, (float) image.size() * POINTS_PER_MM);
			return;
		}
		if (placed instanceof Rule rule) {
			setColour(content, rule.colour());
			content.addRect(x(rule.x1()), y(rule.y() + rule.thickness() / 2),
					(float) (rule.x2() - rule.x1()) * POINTS_PER_MM, (float) rule.thickness() * POINTS_PER_MM);
			content.fill();
			return;
		}
		Text text = (Text) placed;
		PDType0Font font = fonts.get(text.typeface());
		setColour(content, text.colour());
		content.beginText();
		content.setFont(font, (float) text.size());
		content.setHorizontalScaling((float) (text.widthScale() * 100));
		if (text.bold()) {
			content.setRenderingMode(RenderingMode.FILL_STROKE);
			content.setLineWidth((float) (text.size() * 0.03));
		}
		double x = text.x();
		for (int i = 0; i < text.text().length(); i += Character.charCount(text.text().codePointAt(i))) {
			int c = text.text().codePointAt(i);
			content.setTextMatrix(Matrix.getTranslateInstance(x(x), y(text.baseline())));
			content.showText(Character.toString(c));
			x += Text.isHalfWidth(c) ? text.pitch() / 2 : text.pitch();
		}
		if (text.bold()) {
			content.setRenderingMode(RenderingMode.FILL);
		}
		content.endText();
	}

	/**
	 * @return the seal's picture, which must be a PNG or JPEG file: other kinds (an SVG
	 * with script, a PDF) are refused
	 */
	private static PDImageXObject seal(PDDocument pdf, Path file) throws IOException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("找不到印章图片 " + file, ex);
		}
		boolean png = bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N'
				&& bytes[3] == 'G';
		boolean jpeg = bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8
				&& (bytes[2] & 0xFF) == 0xFF;
		if (!png && !jpeg) {
			throw new IllegalArgumentException("印章图片应为 PNG 或 JPEG 文件：" + file.getFileName());
		}
		return PDImageXObject.createFromByteArray(pdf, bytes, file.getFileName().toString());
	}

	private static void setColour(PDPageContentStream content, int rgb) throws IOException {
		content.setNonStrokingColor(((rgb >> 16) & 0xFF) / 255f, ((rgb >> 8) & 0xFF) / 255f, (rgb & 0xFF) / 255f);
		content.setStrokingColor(((rgb >> 16) & 0xFF) / 255f, ((rgb >> 8) & 0xFF) / 255f, (rgb & 0xFF) / 255f);
	}

	private static float x(double millimetres) {
		return (float) millimetres * POINTS_PER_MM;
	}

	private static float y(double millimetresFromTop) {
		return (float) (Composer.PAGE.pageHeight() - millimetresFromTop) * POINTS_PER_MM;
	}

}
