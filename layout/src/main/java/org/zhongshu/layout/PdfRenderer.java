package org.zhongshu.layout;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.zhongshu.layout.Placed.Rule;
import org.zhongshu.layout.Placed.Text;
import org.zhongshu.layout.Typefaces.Font;
import org.zhongshu.layout.Typefaces.Typeface;

/**
 * Prints a document to PDF in the GB/T 9704-2012 layout, its fonts embedded as subsets.
 */
public final class PdfRenderer {

	private static final float POINTS_PER_MM = (float) (72 / 25.4);

	private final Typefaces typefaces;

	public PdfRenderer(Typefaces typefaces) {
		this.typefaces = typefaces;
	}

	/**
	 * @param document the document
	 * @return the PDF
	 * @throws IllegalArgumentException if a font lacks a character of the text, naming
	 * both
	 */
	public byte[] render(OfficialDocument document) {
		if (document.format() != DocumentFormat.FILE) {
			throw new IllegalArgumentException("暂只能排文件格式；%s的版式尚在开发中".formatted(document.format().label()));
		}
		List<Composer.Page> pages = Composer.compose(document);
		List<Closeable> open = new ArrayList<>();
		try (PDDocument pdf = new PDDocument()) {
			Map<Typeface, PDType0Font> fonts = new EnumMap<>(Typeface.class);
			for (Typeface typeface : Typeface.values()) {
				fonts.put(typeface, load(pdf, this.typefaces.font(typeface), open));
			}
			for (Composer.Page page : pages) {
				PDPage sheet = new PDPage(PDRectangle.A4);
				pdf.addPage(sheet);
				try (PDPageContentStream content = new PDPageContentStream(pdf, sheet)) {
					for (Placed placed : page.items()) {
						draw(content, placed, fonts);
					}
					if (page.number() > 0) {
						draw(content, Composer.pageNumber(page.number()), fonts);
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
		finally {
			for (Closeable closeable : open) {
				try {
					closeable.close();
				}
				catch (IOException ex) {
					// the PDF is written; a font file that does not close is of no
					// consequence
				}
			}
		}
	}

	private static PDType0Font load(PDDocument pdf, Font font, List<Closeable> open) throws IOException {
		if (!font.file().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
			return PDType0Font.load(pdf, font.file().toFile());
		}
		TrueTypeCollection collection = new TrueTypeCollection(font.file().toFile());
		open.add(collection);
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
		return PDType0Font.load(pdf, chosen[0], true);
	}

	private static void draw(PDPageContentStream content, Placed placed, Map<Typeface, PDType0Font> fonts)
			throws IOException {
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
		for (int i = 0; i < text.text().length(); i++) {
			char c = text.text().charAt(i);
			content.setTextMatrix(Matrix.getTranslateInstance(x(x), y(text.baseline())));
			try {
				content.showText(String.valueOf(c));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(
						"字体 %s 中没有字符“%s”（%s）".formatted(font.getName(), c, text.typeface().label()), ex);
			}
			x += Text.isHalfWidth(c) ? text.pitch() / 2 : text.pitch();
		}
		if (text.bold()) {
			content.setRenderingMode(RenderingMode.FILL);
		}
		content.endText();
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
