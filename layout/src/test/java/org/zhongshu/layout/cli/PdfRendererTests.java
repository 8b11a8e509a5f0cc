package org.zhongshu.layout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.stream.StreamSupport;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhongshu.layout.LayoutVerifier;
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

	private static final PdfRenderer RENDERER = new PdfRenderer(Typefaces.find(null));

	@AfterAll
	static void closeFonts() {
		RENDERER.close();
	}

	@Test
	void setsTheNoticeAsTheVerifierMeasuresTheNorm() {
		byte[] pdf = RENDERER.render(Samples.read("notice.json"));

		LayoutVerifier.Measurement measurement = LayoutVerifier.measure(pdf);

		assertThat(measurement.problems()).isEmpty();
		assertThat(measurement.pageWidth()).isEqualTo(210);
		assertThat(measurement.pageHeight()).isEqualTo(297);
		assertThat(measurement.topMargin()).isCloseTo(37, within(1.0));
		assertThat(measurement.leftMargin()).isCloseTo(28, within(1.0));
		assertThat(measurement.linesPerPage()).contains(22).allMatch((lines) -> lines <= 22);
		assertThat(measurement.linePitch()).isCloseTo(225.0 / 22, within(0.1));
		assertThat(measurement.longestLine()).isEqualTo(28);
		assertThat(measurement.titleSize()).isEqualTo(22);
		assertThat(measurement.issuerColour()).isEqualTo("#E60012");
		assertThat(measurement.issuerTop()).isCloseTo(35, within(1.0));
		assertThat(measurement.redLineBelowNumber()).isCloseTo(4, within(0.5));
		assertThat(measurement.pageNumbers()).startsWith("— 1 — right", "— 2 — left");
		assertThat(measurement.imprintBottom()).isCloseTo(37 + 225, within(1.0));
		assertThat(measurement.fontsEmbedded()).isTrue();
	}

	@Test
	void printsANoticeOfSeveralPagesWithItsAttachmentsAndImprint() throws IOException {
		OfficialDocument notice = Samples.read("notice.json");

		byte[] pdf = RENDERER.render(notice);

		assertThat(Previews.write(pdf, PREVIEWS, "notice", 60)).hasSizeGreaterThanOrEqualTo(4);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(4).matches((pages) -> pages % 2 == 0);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("中共江临市委办公室文件", "市委办发〔2026〕12号", "关于做好2027年元旦春节期间", "有关工作的通知", "2026年12月1日",
					"— 1 —", "抄送：", "2026年12月2日印发");
		}
	}

	@Test
	void printsAnUpwardRequestWithItsSignerAndAJointNoticeOfTwoBodies() throws IOException {

		byte[] request = RENDERER.render(Samples.read("request.json"));
		byte[] joint = RENDERER.render(Samples.read("joint.json"));

		assertThat(LayoutVerifier.measure(request).problems()).isEmpty();
		assertThat(LayoutVerifier.measure(joint).problems()).isEmpty();
		Previews.write(request, PREVIEWS, "request", 60);
		Previews.write(joint, PREVIEWS, "joint", 60);
		try (PDDocument document = Loader.loadPDF(request)) {
			assertThat(new PDFTextStripper().getText(document)).contains("市委办报〔2026〕5号", "签发人：", "周立新", "（联系人：王静");
			PDFTextStripper lastPage = new PDFTextStripper();
			lastPage.setStartPage(2);
			assertThat(lastPage.getText(document)).as("the 署名 keeps body lines with it")
				.contains("妥否，请批示。", "中共江临市委办公室", "2026年12月1日");
		}
		try (PDDocument document = Loader.loadPDF(joint)) {
			assertThat(new PDFTextStripper().getText(document)).contains("中共江临市委办公室", "江临市人民政府办公室", "文件");
		}
	}

	@Test
	void carriesTheLastLinesOfTextWithTheSignatureStartingTheNewPageOnItsFirstLine() throws IOException {
		String json = """
				{"format": "FILE", "copyNumber": "1", "secrecy": "秘密★1年", "urgency": "加急",
				 "issuers": ["中共江临市委办公室"], "referenceNumber": "市委办报〔2026〕5号", "signers": ["周立新"],
				 "title": "关于召开全市作风建设推进会的请示", "recipients": "市委：",
				 "body": [{"text": "为深入推进全市作风建设，拟于12月中旬召开全市作风建设推进会。"},
				          {"level": 1, "text": "一、会议时间和地点"}, {"text": "拟于12月15日上午在市委1号会议室召开。"},
				          {"text": "妥否，请批示。"}],
				 "attachments": [{"title": "会议议程"}], "signatures": ["中共江临市委办公室"], "date": "2026-12-01",
				 "printedBy": "中共江临市委办公室", "printedOn": "2026-12-01"}""";

		byte[] pdf = RENDERER.render(DocumentJson.read(json));

		LayoutVerifier.Measurement measurement = LayoutVerifier.measure(pdf);
		assertThat(measurement.problems()).isEmpty();
		assertThat(measurement.topMargin()).isCloseTo(37, within(1.0));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper lastPage = new PDFTextStripper();
			lastPage.setStartPage(document.getNumberOfPages());
			assertThat(lastPage.getText(document).strip()).startsWith("妥否，请批示。")
				.contains("附件：会议议程", "中共江临市委办公室", "2026年12月1日");
		}
	}

	@Test
	void pressesTheSealOverSignatureAndDateAndRefusesAnythingButAPicture(@TempDir Path folder) throws IOException {
		Path seal = Samples.seal(folder);
		Path svg = Samples.scriptedSvg(folder);

		byte[] sealed = RENDERER.render(Samples.read("request.json", seal));

		assertThat(LayoutVerifier.measure(sealed).problems()).isEmpty();
		Previews.write(sealed, PREVIEWS, "request-sealed", 60);
		try (PDDocument document = Loader.loadPDF(sealed)) {
			PDPage last = document.getPage(document.getNumberOfPages() - 1);
			long images = StreamSupport.stream(last.getResources().getXObjectNames().spliterator(), false)
				.filter((name) -> {
					try {
						return last.getResources().getXObject(name) instanceof PDImageXObject;
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				})
				.count();
			assertThat(images).isOne();
		}
		assertThatIllegalArgumentException().isThrownBy(() -> RENDERER.render(Samples.read("request.json", svg)))
			.withMessage("印章图片应为 PNG 或 JPEG 文件：印章.png.svg");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RENDERER.render(Samples.read("request.json", folder.resolve("没有.png"))))
			.withMessageStartingWith("找不到印章图片");
	}

	@Test
	void printsALetterWithItsDoubleRedLinesAndNoNumberOnTheFirstPage() throws IOException {
		byte[] letter = RENDERER.render(Samples.read("letter.json"));

		LayoutVerifier.Measurement measurement = LayoutVerifier.measure(letter);

		assertThat(measurement.problems()).isEmpty();
		assertThat(measurement.pageNumbers()).containsExactly("");
		Previews.write(letter, PREVIEWS, "letter", 60);
		try (PDDocument document = Loader.loadPDF(letter)) {
			assertThat(new PDFTextStripper().getText(document))
				.contains("中共江临市委办公室", "市委办函〔2026〕31号", "加急", "抄送：市委督查室。")
				.doesNotContain("文件", "印发");
		}
	}

	@Test
	void refusesACharacterItsFontCannotShowNamingItBeforeDrawingAnything() {
		String json = Samples.json("letter.json").replace("特此函达。", "特此函达。😀");

		assertThatIllegalArgumentException().isThrownBy(() -> RENDERER.render(DocumentJson.read(json)))
			.withMessageStartingWith("仿宋字体 AR PL UMing CN 中没有“😀”（U+1F600），见“特此函达。😀”");
	}

	@Test
	void printsMinutesWithTheirAttendanceLists() throws IOException {
		byte[] minutes = RENDERER.render(Samples.read("minutes.json"));

		assertThat(LayoutVerifier.measure(minutes).problems()).isEmpty();
		Previews.write(minutes, PREVIEWS, "minutes", 60);
		try (PDDocument document = Loader.loadPDF(minutes)) {
			assertThat(new PDFTextStripper().getText(document))
				.contains("中共江临市委常委会会议纪要", "第12期", "2026年11月28日", "出席：周立新", "请假：陈志明（外出学习）", "列席：")
				.doesNotContain("纪要文件");
		}
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DocumentJson.read(Samples.json("minutes.json").replace("第12期", "12期")))
			.withMessageContaining("纪要期号“12期”不合规范");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DocumentJson.read(Samples.json("minutes.json").replace("\"请假\"", "\"缺席\"")))
			.withMessageContaining("纪要人员名单的类别“缺席”不合规范");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DocumentJson.read(Samples.json("letter.json")
				.replace("\"copiesTo\"", "\"attendance\": [{\"kind\": \"出席\", \"names\": [\"周立新\"]}], \"copiesTo\"")))
			.withMessage("只有纪要才列出席、请假、列席人员");
	}

	@Test
	void printsAnOrderWithItsNumberAndTheSignersOffice() throws IOException {
		byte[] order = RENDERER.render(Samples.read("order.json"));

		LayoutVerifier.Measurement measurement = LayoutVerifier.measure(order);

		assertThat(measurement.problems()).isEmpty();
		assertThat(measurement.issuerTop()).isCloseTo(20, within(1.0));
		assertThat(measurement.redLine()).isEmpty();
		Previews.write(order, PREVIEWS, "order", 60);
		try (PDDocument document = Loader.loadPDF(order)) {
			assertThat(new PDFTextStripper().getText(document)).contains("江临市人民政府令", "第12号", "市长", "李卫东",
					"2026年11月25日");
		}
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DocumentJson.read(Samples.json("order.json").replace("\"李卫东\"", "")))
			.withMessage("命令应有一位签发人（signers），其职务写在 signatures 中");
	}

}
