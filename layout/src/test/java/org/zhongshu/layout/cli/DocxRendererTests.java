package org.zhongshu.layout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFramePr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.zhongshu.layout.DocxRenderer;
import org.zhongshu.layout.OfficialDocument;
import org.zhongshu.layout.PdfRenderer;
import org.zhongshu.layout.Typefaces;

/**
 * The sample documents written as DOCX and opened back with POI, as WPS or Word would
 * open them: the page set up to the norm, named styles, fields for page numbers, the 版头
 * in place, the text editable. {@link LibreOfficeTests} prints them.
 */
class DocxRendererTests {

	static final double TWIPS_PER_MM = 1440 / 25.4;

	private static final Typefaces TYPEFACES = Typefaces.find(null);

	private static final DocxRenderer DOCX = new DocxRenderer(TYPEFACES);

	private static final PdfRenderer PDF = new PdfRenderer(TYPEFACES);

	@AfterAll
	static void closeFonts() {
		DOCX.close();
		PDF.close();
	}

	@Test
	void setsUpTheA4PageWithTheNormsMarginsAndAGridOf22Lines() throws IOException {
		try (XWPFDocument notice = open(DOCX.render(Samples.read("notice.json")))) {
			CTSectPr section = notice.getDocument().getBody().getSectPr();

			assertThat(millimetres(section.getPgSz().getW())).isCloseTo(210, within(0.05));
			assertThat(millimetres(section.getPgSz().getH())).isCloseTo(297, within(0.05));
			assertThat(millimetres(section.getPgMar().getTop())).isCloseTo(37, within(0.05));
			assertThat(millimetres(section.getPgMar().getLeft())).isCloseTo(28, within(0.05));
			assertThat(millimetres(section.getPgMar().getRight())).isCloseTo(26, within(0.05));
			assertThat(millimetres(section.getPgMar().getBottom())).isCloseTo(35, within(0.05));
			assertThat(section.getDocGrid().getType()).isEqualTo(STDocGrid.LINES);
			double pitch = millimetres(section.getDocGrid().getLinePitch());
			assertThat(pitch).isCloseTo(225.0 / 22, within(0.02));
			assertThat(22 * pitch).isLessThanOrEqualTo(225);
		}
	}

	@Test
	void writesTheTextEditableInStylesNamedAsOfficesKnowThem() throws IOException {
		try (XWPFDocument notice = open(DOCX.render(Samples.read("notice.json")))) {
			assertThat(notice.getStyles().getStyle("GwBody").getName()).isEqualTo("公文正文");
			assertThat(notice.getStyles().getStyle("GwHeading1").getName()).isEqualTo("公文一级标题");
			assertThat(notice.getStyles().getStyle("GwHeading2").getName()).isEqualTo("公文二级标题");
			assertThat(notice.getStyles().getStyle("GwHeading3").getName()).isEqualTo("公文三级标题");
			assertThat(notice.getStyles().getStyle("GwTitle").getName()).isEqualTo("公文标题");
			assertThat(notice.getStyles().getStyle("GwHeading1").getCTStyle().getRPr().getRFontsArray(0).getEastAsia())
				.isEqualTo("WenQuanYi Zen Hei");
			assertThat(notice.getStyles().getStyle("GwHeading3").getCTStyle().getRPr().sizeOfBArray()).isOne();

			assertThat(styleOf(notice, "一、切实加强组织领导")).isEqualTo("GwHeading1");
			assertThat(styleOf(notice, "（一）压实工作责任。")).isEqualTo("GwHeading2");
			assertThat(styleOf(notice, "1.主要负责同志要亲自研究部署。")).isEqualTo("GwHeading3");
			assertThat(styleOf(notice, "（1）建立工作台账。")).isEqualTo("GwHeading4");
			assertThat(styleOf(notice, "为深入贯彻落实党中央")).isEqualTo("GwBody");
			XWPFParagraph title = paragraph(notice, "关于做好2027年元旦春节期间");
			assertThat(title.getStyle()).isEqualTo("GwTitle");
			assertThat(title.getText()).isEqualTo("关于做好2027年元旦春节期间\n有关工作的通知");
			assertThat(notice.getAllPictures()).as("text, not pictures of it").isEmpty();
		}
	}

	@Test
	void numbersThePagesWithFieldsOddPagesRightEvenPagesLeft() throws IOException {
		try (XWPFDocument notice = open(DOCX.render(Samples.read("notice.json")))) {
			XWPFHeaderFooterPolicy footers = new XWPFHeaderFooterPolicy(notice);

			XWPFParagraph odd = footers.getDefaultFooter().getParagraphs().get(0);
			XWPFParagraph even = footers.getEvenPageFooter().getParagraphs().get(0);

			assertThat(settings(notice)).contains("evenAndOddHeaders");
			assertThat(odd.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
			assertThat(even.getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
			for (XWPFParagraph number : List.of(odd, even)) {
				assertThat(number.getCTP().getFldSimpleArray(0).getInstr().strip()).isEqualTo("PAGE");
				assertThat(number.getText()).isEqualTo("— 1 —");
				assertThat(number.getStyle()).isEqualTo("GwPageNumber");
			}
		}
	}

	@Test
	void setsTheRedMarkAndTheRedLineInFramesWhereThePdfHasThem() throws IOException {
		try (XWPFDocument notice = open(DOCX.render(Samples.read("notice.json")))) {
			List<XWPFParagraph> framed = notice.getParagraphs()
				.stream()
				.filter((paragraph) -> paragraph.getCTP().getPPr() != null
						&& paragraph.getCTP().getPPr().getFramePr() != null)
				.toList();

			XWPFParagraph issuer = framed.stream()
				.filter((paragraph) -> paragraph.getText().equals("中共江临市委办公室文件"))
				.findFirst()
				.orElseThrow();
			XWPFRun mark = issuer.getRuns().get(0);
			assertThat(mark.getColor()).isEqualTo("E60012");
			assertThat(mark.getTextScale()).isLessThan(100);
			XWPFParagraph line = framed.stream()
				.filter((paragraph) -> paragraph.getCTP().getPPr().getShd() != null)
				.findFirst()
				.orElseThrow();
			CTFramePr rule = line.getCTP().getPPr().getFramePr();
			assertThat(line.getCTP().getPPr().getShd().xgetFill().getStringValue()).isEqualTo("E60012");
			assertThat(millimetres(rule.getX())).isCloseTo(28, within(0.05));
			assertThat(millimetres(rule.getW())).isCloseTo(156, within(0.05));
			assertThat(millimetres(rule.getH())).isCloseTo(0.5, within(0.05));
		}
	}

	@Test
	void givesTheBlankPageBeforeAnImprintOfItsOwnASectionWithoutPageNumbers() throws IOException {
		OfficialDocument request = LibreOfficeTests.requestEndingOnAFullEvenPage(PDF);

		try (XWPFDocument docx = open(DOCX.render(request))) {
			CTSectPr numbered = docx.getParagraphs()
				.stream()
				.map((paragraph) -> paragraph.getCTP().getPPr())
				.filter((properties) -> properties != null && properties.getSectPr() != null)
				.findFirst()
				.orElseThrow()
				.getSectPr();
			CTSectPr last = docx.getDocument().getBody().getSectPr();

			assertThat(numbered.sizeOfFooterReferenceArray()).isEqualTo(2);
			assertThat(new XWPFHeaderFooterPolicy(docx, last).getDefaultFooter().getText()).isBlank();
			assertThat(new XWPFHeaderFooterPolicy(docx, last).getEvenPageFooter().getText()).isBlank();
			assertThat(new XWPFHeaderFooterPolicy(docx, numbered).getDefaultFooter().getText()).isEqualTo("— 1 —\n");
		}
	}

	@Test
	void pressesTheSealAsAFloatingPictureAndRefusesAnythingButAPicture(@TempDir Path folder) throws IOException {
		Path seal = Samples.seal(folder);

		try (XWPFDocument sealed = open(DOCX.render(Samples.read("request.json", seal)))) {
			assertThat(sealed.getAllPictures()).hasSize(1);
			XWPFParagraph signature = sealed.getParagraphs()
				.stream()
				.filter((paragraph) -> paragraph.getText().equals("中共江临市委办公室"))
				.findFirst()
				.orElseThrow();
			assertThat(signature.getCTP()
				.getRArray(signature.getCTP().sizeOfRArray() - 1)
				.getDrawingArray(0)
				.sizeOfAnchorArray()).isOne();
		}
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DOCX.render(Samples.read("request.json", Samples.scriptedSvg(folder))))
			.withMessage("印章图片应为 PNG 或 JPEG 文件：印章.png.svg");
	}

	static XWPFDocument open(byte[] docx) throws IOException {
		return new XWPFDocument(new ByteArrayInputStream(docx));
	}

	/**
	 * @return twips, as POI gives them (a number in a union type), in millimetres
	 */
	private static double millimetres(Object twips) {
		return ((Number) twips).doubleValue() / TWIPS_PER_MM;
	}

	private static XWPFParagraph paragraph(XWPFDocument docx, String start) {
		return docx.getParagraphs()
			.stream()
			.filter((paragraph) -> paragraph.getText().startsWith(start))
			.findFirst()
			.orElseThrow(() -> new AssertionError("没有以“" + start + "”开头的段落"));
	}

	private static String styleOf(XWPFDocument docx, String start) {
		return paragraph(docx, start).getStyle();
	}

	private static String settings(XWPFDocument docx) throws IOException {
		try (InputStream in = docx.getPackage()
			.getPartsByName(java.util.regex.Pattern.compile("/word/settings.xml"))
			.get(0)
			.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	static int pdfPages(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
	}

	static String pageText(byte[] pdf, int page) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			return stripper.getText(document).strip();
		}
	}

}
