package org.zhongshu.layout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.TrueTypeFont;
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
import org.zhongshu.layout.Typefaces.Typeface;

/**
 * Prints a document to PDF in the GB/T 9704-2012 layout, its fonts embedded as subsets.
 * The fonts are parsed once and kept open until {@link #close()}; one document is printed
 * at a time.
 */
public final class PdfRenderer extends Renderer {

	private static final float POINTS_PER_MM = (float) (72 / 25.4);

	public PdfRenderer(Typefaces typefaces) {
		super(typefaces);
	}

	/**
	 * @param document the document
	 * @return the PDF
	 * @throws IllegalArgumentException if a font lacks a character of the text, naming
	 * both
	 */
	@Override
	public synchronized byte[] render(OfficialDocument document) {
		List<Composer.Page> pages = Composer.compose(document);
		try (PDDocument pdf = new PDDocument()) {
			Map<Typeface, PDType0Font> fonts = new EnumMap<>(Typeface.class);
			Map<TrueTypeFont, PDType0Font> embedded = new HashMap<>();
			this.fonts.checkGlyphs(pages);
			for (Typeface typeface : Typeface.values()) {
				fonts.put(typeface, embedded.computeIfAbsent(this.fonts.parsed(typeface), (key) -> embed(pdf, key)));
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
			content.drawImage(seal(pdf, image), x(image.x()), y(image.y() + image.size()),
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

	private static PDImageXObject seal(PDDocument pdf, Placed.Image image) throws IOException {
		return PDImageXObject.createFromByteArray(pdf, image.picture(), image.file().getFileName().toString());
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
