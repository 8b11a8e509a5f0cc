package org.zhongshu.layout;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jspecify.annotations.Nullable;

/**
 * Measures a PDF against GB/T 9704-2012: the page, the 版心 found from the body's lines,
 * the lines on each page and the longest line, the 发文机关标志 and the red line, the page
 * numbers, the 版记 and the fonts. What lies outside the norm's tolerance is listed as a
 * problem.
 */
public final class LayoutVerifier {

	private static final double MM_PER_POINT = 25.4 / 72;

	/**
	 * GB/T 9704-2012 5.2.1 allows ±1 mm on the margins; the same is allowed elsewhere.
	 */
	private static final double TOLERANCE = 1.0;

	private static final Pattern PAGE_NUMBER = Pattern.compile("—\\s*(\\d+)\\s*—");

	private LayoutVerifier() {
	}

	/**
	 * @param pdf the PDF
	 * @return what was measured, with the problems found
	 * @throws IllegalArgumentException if it is not a PDF
	 */
	public static Measurement measure(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			if (document.getNumberOfPages() == 0) {
				throw new IllegalArgumentException("PDF 中没有页面");
			}
			List<PageMeasure> pages = new ArrayList<>();
			for (int i = 0; i < document.getNumberOfPages(); i++) {
				pages.add(measurePage(document, i));
			}
			List<String> fonts = new ArrayList<>();
			boolean allEmbedded = true;
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				if (resources == null) {
					continue;
				}
				for (COSName name : resources.getFontNames()) {
					PDFont font = resources.getFont(name);
					if (font != null && !fonts.contains(font.getName())) {
						fonts.add(font.getName());
						allEmbedded &= font.isEmbedded();
					}
				}
			}
			return Measurement.of(pages, fonts, allEmbedded);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("不是可读的 PDF 文件：" + ex.getMessage(), ex);
		}
	}

	private static PageMeasure measurePage(PDDocument document, int index) throws IOException {
		PDPage page = document.getPage(index);
		double width = page.getMediaBox().getWidth() * MM_PER_POINT;
		double height = page.getMediaBox().getHeight() * MM_PER_POINT;
		Glyphs glyphs = new Glyphs();
		glyphs.setStartPage(index + 1);
		glyphs.setEndPage(index + 1);
		glyphs.setSortByPosition(true);
		glyphs.getText(document);
		Rules rules = new Rules(page, height);
		rules.processPage(page);
		Map<Double, List<Glyph>> lines = new TreeMap<>();
		for (Glyph glyph : glyphs.found) {
			if (Math.abs(glyph.size() - 16) < 0.6) {
				lines.computeIfAbsent(Math.round(glyph.baseline() * 10) / 10.0, (key) -> new ArrayList<>()).add(glyph);
			}
		}
		String pageNumber = null;
		String side = null;
		for (Glyph glyph : glyphs.found) {
			if (glyph.text().equals("—") && glyph.baseline() > height - 55) {
				StringBuilder text = new StringBuilder();
				glyphs.found.stream()
					.filter((other) -> Math.abs(other.baseline() - glyph.baseline()) < 0.5)
					.forEach((other) -> text.append(other.text()));
				Matcher matcher = PAGE_NUMBER.matcher(text.toString().replace(" ", ""));
				if (matcher.find()) {
					pageNumber = "— " + matcher.group(1) + " —";
					side = (glyph.x() > width / 2) ? "right" : "left";
				}
				break;
			}
		}
		return new PageMeasure(width, height, lines, glyphs.found, rules.found, pageNumber, side);
	}

	/**
	 * A character as the PDF places it, in millimetres from the page's top-left corner.
	 */
	record Glyph(String text, double x, double baseline, double width, double size, int colour) {
	}

	/**
	 * A filled rectangle or stroked line, in millimetres from the top-left corner.
	 */
	record RuleFound(double x1, double x2, double y, double thickness, int colour) {
	}

	private static final class Glyphs extends PDFTextStripper {

		private final List<Glyph> found = new ArrayList<>();

		Glyphs() {
			addOperator(new SetNonStrokingColorSpace(this));
			addOperator(new SetNonStrokingColor(this));
			addOperator(new SetNonStrokingColorN(this));
			addOperator(new SetNonStrokingDeviceRGBColor(this));
			addOperator(new SetNonStrokingDeviceGrayColor(this));
			addOperator(new SetNonStrokingDeviceCMYKColor(this));
		}

		@Override
		protected void processTextPosition(TextPosition text) {
			super.processTextPosition(text);
			if (!text.getUnicode().isBlank()) {
				this.found.add(new Glyph(text.getUnicode(), text.getXDirAdj() * MM_PER_POINT,
						text.getYDirAdj() * MM_PER_POINT, text.getWidthDirAdj() * MM_PER_POINT, text.getYScale(),
						rgb(getGraphicsState().getNonStrokingColor())));
			}
		}

	}

	private static final class Rules extends PDFGraphicsStreamEngine {

		private final double pageHeight;

		private final List<RuleFound> found = new ArrayList<>();

		private final List<Point2D> path = new ArrayList<>();

		Rules(PDPage page, double pageHeight) {
			super(page);
			this.pageHeight = pageHeight;
		}

		@Override
		public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
			this.path.addAll(List.of(p0, p1, p2, p3));
		}

		@Override
		public void moveTo(float x, float y) {
			this.path.add(new Point2D.Float(x, y));
		}

		@Override
		public void lineTo(float x, float y) {
			this.path.add(new Point2D.Float(x, y));
		}

		@Override
		public void fillPath(int windingRule) {
			record(rgb(getGraphicsState().getNonStrokingColor()), 0);
		}

		@Override
		public void fillAndStrokePath(int windingRule) {
			fillPath(windingRule);
		}

		@Override
		public void strokePath() {
			record(rgb(getGraphicsState().getStrokingColor()), getGraphicsState().getLineWidth());
		}

		private void record(int colour, double lineWidth) {
			if (this.path.isEmpty()) {
				return;
			}
			double minX = this.path.stream().mapToDouble(Point2D::getX).min().orElse(0);
			double maxX = this.path.stream().mapToDouble(Point2D::getX).max().orElse(0);
			double minY = this.path.stream().mapToDouble(Point2D::getY).min().orElse(0);
			double maxY = this.path.stream().mapToDouble(Point2D::getY).max().orElse(0);
			double thickness = Math.max(maxY - minY, lineWidth) * MM_PER_POINT;
			if (maxX - minX > 3 * (maxY - minY) && thickness < 2) {
				this.found.add(new RuleFound(minX * MM_PER_POINT, maxX * MM_PER_POINT,
						this.pageHeight - (minY + maxY) / 2 * MM_PER_POINT, thickness, colour));
			}
			this.path.clear();
		}

		@Override
		public void endPath() {
			this.path.clear();
		}

		@Override
		public void closePath() {
		}

		@Override
		public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
			this.path.add(new Point2D.Float(x3, y3));
		}

		@Override
		public Point2D getCurrentPoint() {
			return this.path.isEmpty() ? new Point2D.Float() : this.path.get(this.path.size() - 1);
		}

		@Override
		public void clip(int windingRule) {
		}

		@Override
		public void drawImage(PDImage image) {
		}

		@Override
		public void shadingFill(COSName shadingName) {
		}

	}

	static int rgb(@Nullable PDColor colour) {
		if (colour == null) {
			return 0;
		}
		try {
			return colour.toRGB() & 0xFFFFFF;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What one page measures.
	 */
	record PageMeasure(double width, double height, Map<Double, List<Glyph>> lines, List<Glyph> glyphs,
			List<RuleFound> rules, @Nullable String pageNumber, @Nullable String pageNumberSide) {
	}

	/**
	 * What the verifier measured, in millimetres, and what it found outside the norm.
	 *
	 * @param pageWidth the first page's width
	 * @param pageHeight its height
	 * @param typeArea the 版心 as found from the body's lines: left, top, width, height
	 * @param topMargin from the top edge to the 版心
	 * @param leftMargin from the left edge to the 版心
	 * @param linesPerPage the lines of 3号 text on each page
	 * @param linePitch the distance between lines
	 * @param longestLine the most characters on one line (a digit counts half)
	 * @param titleSize the font size of the title in points
	 * @param issuerColour the colour of the 发文机关标志, as #RRGGBB
	 * @param issuerTop the top of the 发文机关标志 below the top of the 版心
	 * @param redLine the red line: left, right, y, thickness; empty when there is none
	 * @param redLineBelowNumber from the bottom of the 发文字号 to the red line
	 * @param pageNumbers each page's number as printed and its side, such as "— 1 —
	 * right"
	 * @param imprintBottom the lowest rule of the last page (the 版记's), below the top of
	 * the page
	 * @param fonts the fonts used
	 * @param fontsEmbedded whether all are embedded
	 * @param problems what lies outside the norm, in Chinese
	 */
	public record Measurement(double pageWidth, double pageHeight, double[] typeArea, double topMargin,
			double leftMargin, List<Integer> linesPerPage, double linePitch, double longestLine, double titleSize,
			String issuerColour, double issuerTop, double[] redLine, double redLineBelowNumber,
			List<String> pageNumbers, double imprintBottom, List<String> fonts, boolean fontsEmbedded,
			List<String> problems) {

		static Measurement of(List<PageMeasure> pages, List<String> fonts, boolean embedded) {
			List<String> problems = new ArrayList<>();
			PageMeasure first = pages.get(0);
			double pitch = pitch(pages);
			double left = Double.MAX_VALUE;
			double right = 0;
			double top = Double.MAX_VALUE;
			double bottom;
			double longest = 0;
			List<Integer> lines = new ArrayList<>();
			for (PageMeasure page : pages) {
				lines.add(page.lines().size());
				for (Map.Entry<Double, List<Glyph>> line : page.lines().entrySet()) {
					List<Glyph> glyphs = line.getValue();
					left = Math.min(left, glyphs.get(0).x());
					right = Math.max(right, glyphs.get(glyphs.size() - 1).x() + glyphs.get(glyphs.size() - 1).width());
					longest = Math.max(longest, places(glyphs));
				}
				if (page != first && !page.lines().isEmpty()) {
					double firstBaseline = page.lines().keySet().iterator().next();
					top = Math.min(top, firstBaseline - pitch / 2 - 0.38 * 16 * MM_PER_POINT);
				}
			}
			if (top == Double.MAX_VALUE && !first.lines().isEmpty()) {
				double phase = first.lines().keySet().iterator().next() - pitch / 2 - 0.38 * 16 * MM_PER_POINT;
				top = phase - Math.round((phase - Composer.PAGE.topMargin()) / pitch) * pitch;
			}
			if (top == Double.MAX_VALUE) {
				top = Composer.PAGE.topMargin();
			}
			bottom = top + Composer.LINES * pitch;
			check(Math.abs(first.width() - 210) <= TOLERANCE && Math.abs(first.height() - 297) <= TOLERANCE,
					"纸张应为 A4（210 mm × 297 mm），实测 %.1f mm × %.1f mm".formatted(first.width(), first.height()), problems);
			check(Math.abs(top - 37) <= TOLERANCE, "天头应为 37 mm ± 1 mm，实测 %.1f mm".formatted(top), problems);
			check(Math.abs(left - 28) <= TOLERANCE, "订口应为 28 mm ± 1 mm，实测 %.1f mm".formatted(left), problems);
			check(right - left <= 156 + TOLERANCE, "版心宽应为 156 mm，实测 %.1f mm".formatted(right - left), problems);
			int most = lines.stream().mapToInt(Integer::intValue).max().orElse(0);
			check(most <= Composer.LINES, "每面应排 22 行，实测有一面 %d 行".formatted(most), problems);
			check(longest <= Composer.CHARACTERS, "每行应排 28 个字，实测最长一行 %.1f 个字".formatted(longest), problems);
			Glyph issuer = first.glyphs().stream().filter((glyph) -> glyph.size() > 30).findFirst().orElse(null);
			String issuerColour = (issuer == null) ? "" : "#%06X".formatted(issuer.colour());
			double issuerTop = (issuer == null) ? 0
					: issuer.baseline() - 0.88 * issuer.size() * MM_PER_POINT - Composer.PAGE.topMargin();
			List<RuleFound> doubleLines = first.rules()
				.stream()
				.filter((rule) -> isRed(rule.colour()) && Math.abs(rule.x2() - rule.x1() - Composer.LETTER_LINE) <= 2)
				.toList();
			boolean letter = doubleLines.size() >= 4;
			boolean order = issuer != null && first.glyphs()
				.stream()
				.filter((glyph) -> glyph.size() > 30 && Math.abs(glyph.baseline() - issuer.baseline()) < 0.5)
				.reduce((a, b) -> b)
				.map((last) -> last.text().equals("令"))
				.orElse(false);
			if (issuer != null) {
				check(isRed(issuer.colour()), "发文机关标志应为红色，实测 " + issuerColour, problems);
			}
			if (issuer != null && letter) {
				letter(issuer, doubleLines, first, problems);
			}
			else if (issuer != null && order) {
				check(Math.abs(issuerTop - Composer.ORDER_ISSUER_TOP) <= TOLERANCE,
						"命令（令）格式的发文机关标志上边缘距版心上边缘应为 20 mm，实测 %.1f mm".formatted(issuerTop), problems);
			}
			else if (issuer != null) {
				check(Math.abs(issuerTop - Composer.ISSUER_TOP) <= TOLERANCE,
						"发文机关标志上边缘距版心上边缘应为 35 mm，实测 %.1f mm".formatted(issuerTop), problems);
			}
			RuleFound red = (issuer == null || letter || order) ? null
					: first.rules()
						.stream()
						.filter((rule) -> rule.x2() - rule.x1() > 100 && rule.y() > issuer.baseline()
								&& rule.y() < issuer.baseline() + 80)
						.findFirst()
						.orElse(null);
			double[] redLine = (red == null) ? new double[0]
					: new double[] { red.x1(), red.x2(), red.y(), red.thickness() };
			double belowNumber = 0;
			if (issuer != null && !letter && !order) {
				check(red != null && isRed(red.colour()), "版头中的分隔线应为红色", problems);
				check(red != null && Math.abs(red.x2() - red.x1() - 156) <= TOLERANCE, "版头中的分隔线应与版心等宽", problems);
				if (red != null) {
					Glyph number = first.glyphs()
						.stream()
						.filter((glyph) -> Math.abs(glyph.size() - 16) < 0.6 && glyph.baseline() < red.y()
								&& glyph.baseline() > issuer.baseline())
						.reduce((a, b) -> b)
						.orElse(null);
					if (number != null) {
						belowNumber = red.y() - number.baseline() - 0.12 * 16 * MM_PER_POINT;
						check(Math.abs(belowNumber - Composer.RED_LINE_GAP) <= TOLERANCE,
								"分隔线应在发文字号之下 4 mm，实测 %.1f mm".formatted(belowNumber), problems);
					}
				}
			}
			double titleSize = first.glyphs()
				.stream()
				.filter((glyph) -> glyph.size() > 18 && glyph.size() < 30)
				.mapToDouble(Glyph::size)
				.findFirst()
				.orElse(0);
			List<String> numbers = new ArrayList<>();
			for (int i = 0; i < pages.size(); i++) {
				PageMeasure page = pages.get(i);
				if (page.pageNumber() == null) {
					numbers.add("");
					continue;
				}
				numbers.add(page.pageNumber() + " " + page.pageNumberSide());
				check(!letter || i > 0, "信函格式首页不显示页码", problems);
				String expected = ((i + 1) % 2 == 1) ? "right" : "left";
				check(expected.equals(page.pageNumberSide()),
						"第 %d 页的页码应在%s侧".formatted(i + 1, expected.equals("right") ? "右" : "左"), problems);
			}
			PageMeasure last = pages.get(pages.size() - 1);
			double imprintBottom = last.rules().stream().mapToDouble(RuleFound::y).max().orElse(0);
			if (imprintBottom > 0 && !letter) {
				check(pages.size() % 2 == 0, "版记应在最后一面（偶数页），实测共 %d 页".formatted(pages.size()), problems);
				check(Math.abs(imprintBottom - bottom) <= TOLERANCE,
						"版记的末条分隔线应与版心下边缘重合，相差 %.1f mm".formatted(imprintBottom - bottom), problems);
			}
			check(embedded, "字体应嵌入 PDF", problems);
			return new Measurement(round(first.width()), round(first.height()),
					new double[] { round(left), round(top), round(right - left), round(bottom - top) }, round(top),
					round(left), lines, round(pitch), longest, titleSize, issuerColour, round(issuerTop),
					Arrays.stream(redLine).map(Measurement::round).toArray(), round(belowNumber), numbers,
					round(imprintBottom), fonts, embedded, problems);
		}

		private static double round(double millimetres) {
			return Math.round(millimetres * 100) / 100.0;
		}

		/**
		 * The 信函格式's head (10.1): the 标志 30 mm below the page's top edge, a red double
		 * line 4 mm below it, another 20 mm above the page's bottom edge.
		 */
		private static void letter(Glyph issuer, List<RuleFound> lines, PageMeasure first, List<String> problems) {
			double issuerTop = issuer.baseline() - 0.88 * issuer.size() * MM_PER_POINT;
			check(Math.abs(issuerTop - Composer.LETTER_ISSUER_TOP) <= TOLERANCE,
					"信函格式的发文机关标志上边缘距上页边应为 30 mm，实测 %.1f mm".formatted(issuerTop), problems);
			double upper = lines.stream().mapToDouble((rule) -> rule.y() - rule.thickness() / 2).min().orElse(0);
			check(Math.abs(upper - issuer.baseline() - Composer.RED_LINE_GAP) <= TOLERANCE,
					"信函格式的红色双线应在发文机关标志下 4 mm，实测 %.1f mm".formatted(upper - issuer.baseline()), problems);
			double lower = lines.stream().mapToDouble((rule) -> rule.y() + rule.thickness() / 2).max().orElse(0);
			check(Math.abs(first.height() - lower - Composer.LETTER_BOTTOM_LINE) <= TOLERANCE,
					"信函格式下方的红色双线应距下页边 20 mm，实测 %.1f mm".formatted(first.height() - lower), problems);
		}

		/**
		 * @return the median distance between neighbouring lines of body text, blank
		 * lines left out
		 */
		private static double pitch(List<PageMeasure> pages) {
			List<Double> distances = new ArrayList<>();
			for (PageMeasure page : pages) {
				List<Double> baselines = List.copyOf(page.lines().keySet());
				for (int i = 1; i < baselines.size(); i++) {
					double distance = baselines.get(i) - baselines.get(i - 1);
					if (distance > 3 && distance < 15) {
						distances.add(distance);
					}
				}
			}
			distances.sort(null);
			return distances.isEmpty() ? Composer.PITCH : distances.get(distances.size() / 2);
		}

		private static double places(List<Glyph> line) {
			return line.stream().mapToDouble((glyph) -> (glyph.text().charAt(0) < 0x2000) ? 0.5 : 1).sum();
		}

		private static boolean isRed(int rgb) {
			return ((rgb >> 16) & 0xFF) > 180 && ((rgb >> 8) & 0xFF) < 80 && (rgb & 0xFF) < 80;
		}

		private static void check(boolean condition, String problem, List<String> problems) {
			if (!condition) {
				problems.add(problem);
			}
		}

	}

}
