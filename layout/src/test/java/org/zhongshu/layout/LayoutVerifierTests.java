package org.zhongshu.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

/**
 * The verifier finds what is outside GB/T 9704-2012 in PDFs made wrong on purpose: a
 * wrong margin, a 23rd line, a black line under the 发文字号.
 */
class LayoutVerifierTests {

	private static final float POINTS_PER_MM = (float) (72 / 25.4);

	@Test
	void passesAPageSetOnTheNormsGrid() throws IOException {
		assertThat(LayoutVerifier.measure(page(28, 22, 0xE60012)).problems()).isEmpty();
	}

	@Test
	void findsAWrongLeftMargin() throws IOException {
		LayoutVerifier.Measurement measurement = LayoutVerifier.measure(page(35, 22, 0xE60012));

		assertThat(measurement.leftMargin()).isCloseTo(35, within(0.1));
		assertThat(measurement.problems()).contains("订口应为 28 mm ± 1 mm，实测 35.0 mm");
	}

	@Test
	void findsATwentyThirdLine() throws IOException {
		assertThat(LayoutVerifier.measure(page(28, 23, 0xE60012)).problems()).contains("每面应排 22 行，实测有一面 23 行");
	}

	@Test
	void findsABlackLineUnderTheReferenceNumber() throws IOException {
		assertThat(LayoutVerifier.measure(page(28, 22, 0x000000)).problems()).contains("版头中的分隔线应为红色");
	}

	@Test
	void refusesWhatIsNotAPdf() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LayoutVerifier.measure("不是 PDF".getBytes(StandardCharsets.UTF_8)))
			.withMessageStartingWith("不是可读的 PDF 文件");
	}

	/**
	 * A first page with a red 发文机关标志 35 mm below the 版心's top, a 发文字号 with a rule 4 mm
	 * below it, and a second page of body lines of 28 characters from the given left.
	 */
	private static byte[] page(double left, int lines, int ruleColour) throws IOException {
		try (PDDocument pdf = new PDDocument();
				TrueTypeCollection fonts = new TrueTypeCollection(
						new File("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"))) {
			TrueTypeFont[] chosen = { null };
			fonts.processAllFonts((font) -> chosen[0] = (chosen[0] == null) ? font : chosen[0]);
			PDType0Font font = PDType0Font.load(pdf, chosen[0], true);
			PDPage first = new PDPage(PDRectangle.A4);
			pdf.addPage(first);
			try (PDPageContentStream content = new PDPageContentStream(pdf, first)) {
				content.setNonStrokingColor(0xE6 / 255f, 0, 0x12 / 255f);
				double em = 14 / 0.88;
				text(content, font, (float) (em / 25.4 * 72), "中共江临市委办公室文件", 28 + 3, 37 + 35 + 14, em);
				content.setNonStrokingColor(0, 0, 0);
				double numberBaseline = 110;
				text(content, font, 16, "市委办发〔2026〕12号", 80, numberBaseline, 156.0 / 28);
				float[] rgb = { ((ruleColour >> 16) & 0xFF) / 255f, ((ruleColour >> 8) & 0xFF) / 255f,
						(ruleColour & 0xFF) / 255f };
				content.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
				double ruleY = numberBaseline + 0.12 * 16 * 25.4 / 72 + 4;
				content.addRect(28 * POINTS_PER_MM, (float) (297 - ruleY - 0.25) * POINTS_PER_MM, 156 * POINTS_PER_MM,
						0.5f * POINTS_PER_MM);
				content.fill();
			}
			PDPage second = new PDPage(PDRectangle.A4);
			pdf.addPage(second);
			try (PDPageContentStream content = new PDPageContentStream(pdf, second)) {
				double pitch = 225.0 / 22;
				for (int line = 0; line < lines; line++) {
					double baseline = 37 + line * pitch + pitch / 2 + 0.38 * 16 * 25.4 / 72;
					text(content, font, 16, "为".repeat(28), left, baseline, 156.0 / 28);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			pdf.save(out);
			return out.toByteArray();
		}
	}

	private static void text(PDPageContentStream content, PDType0Font font, float size, String text, double x,
			double baseline, double pitch) throws IOException {
		content.beginText();
		content.setFont(font, size);
		for (int i = 0; i < text.length(); i++) {
			double at = x + i * ((text.charAt(i) < 0x2000) ? pitch / 2 : pitch);
			content.setTextMatrix(
					Matrix.getTranslateInstance((float) at * POINTS_PER_MM, (float) (297 - baseline) * POINTS_PER_MM));
			content.showText(String.valueOf(text.charAt(i)));
		}
		content.endText();
	}

}
