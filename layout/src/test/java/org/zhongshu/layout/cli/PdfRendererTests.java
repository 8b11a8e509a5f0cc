package org.zhongshu.layout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.zhongshu.layout.OfficialDocument;
import org.zhongshu.layout.PdfRenderer;
import org.zhongshu.layout.Previews;
import org.zhongshu.layout.Typefaces;

/**
 * The sample documents printed to PDF, read back, and kept with PNG previews under
 * target/previews for a person to look at.
 */
class PdfRendererTests {

	static final Path PREVIEWS = Path.of("target", "previews");

	private static final double MM_PER_POINT = 25.4 / 72;

	@Test
	void setsTheBodyOnTheNormsGridOf22LinesOf28Characters() throws IOException {
		byte[] pdf = new PdfRenderer(Typefaces.find(null)).render(Samples.read("notice.json"));

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getPage(0).getMediaBox().getWidth() * MM_PER_POINT).isCloseTo(210, within(0.5));
			assertThat(document.getPage(0).getMediaBox().getHeight() * MM_PER_POINT).isCloseTo(297, within(0.5));
			Map<Double, List<TextPosition>> lines = bodyLines(document, 3);
			List<Double> baselines = List.copyOf(lines.keySet());
			assertThat(baselines).hasSize(22);
			assertThat((baselines.get(21) - baselines.get(0)) / 21).isCloseTo(225.0 / 22, within(0.05));
			double typeAreaTop = baselines.get(0) - 225.0 / 22 / 2 - 0.38 * 16 * MM_PER_POINT;
			assertThat(typeAreaTop).isCloseTo(37, within(1.0));
			double left = lines.values().stream().mapToDouble((line) -> x(line.get(0))).min().orElseThrow();
			assertThat(left).isCloseTo(28, within(1.0));
			double longest = lines.values().stream().mapToDouble(PdfRendererTests::places).max().orElseThrow();
			assertThat(longest).isEqualTo(28);
			double right = lines.values()
				.stream()
				.mapToDouble((line) -> x(line.get(line.size() - 1)) + 156.0 / 28)
				.max()
				.orElseThrow();
			assertThat(right).isLessThanOrEqualTo(28 + 156 + 0.5);
		}
	}

	@Test
	void printsANoticeOfSeveralPagesWithItsAttachmentsAndImprint() throws IOException {
		OfficialDocument notice = Samples.read("notice.json");

		byte[] pdf = new PdfRenderer(Typefaces.find(null)).render(notice);

		assertThat(Previews.write(pdf, PREVIEWS, "notice", 60)).hasSizeGreaterThanOrEqualTo(4);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(4).matches((pages) -> pages % 2 == 0);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("中共江临市委办公室文件", "市委办发〔2026〕12号", "关于做好2027年元旦春节期间", "有关工作的通知", "2026年12月1日",
					"— 1 —", "抄送：", "2026年12月2日印发");
		}
	}

	/**
	 * @return the 3号 characters of a page by baseline (mm from the top), top to bottom
	 */
	private static Map<Double, List<TextPosition>> bodyLines(PDDocument document, int page) throws IOException {
		Map<Double, List<TextPosition>> lines = new TreeMap<>();
		PDFTextStripper stripper = new PDFTextStripper() {

			@Override
			protected void writeString(String text, List<TextPosition> positions) {
				for (TextPosition position : positions) {
					if (Math.abs(position.getFontSizeInPt() - 16) < 0.5 && !position.getUnicode().isBlank()) {
						double baseline = Math.round(position.getYDirAdj() * MM_PER_POINT * 10) / 10.0;
						lines.computeIfAbsent(baseline, (key) -> new ArrayList<>()).add(position);
					}
				}
			}

		};
		stripper.setSortByPosition(true);
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		stripper.getText(document);
		return lines;
	}

	/**
	 * @return the places a line takes on the grid: a Chinese character one, a digit or
	 * Latin letter half
	 */
	private static double places(List<TextPosition> line) {
		return line.stream().mapToDouble((position) -> (position.getUnicode().charAt(0) < 0x2000) ? 0.5 : 1).sum();
	}

	private static double x(TextPosition position) {
		return position.getXDirAdj() * MM_PER_POINT;
	}

}
