package org.zhongshu.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.ofdrw.reader.OFDReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhongshu.documents.DispatchFlow.Participants;
import org.zhongshu.documents.DocumentFlow.Step;
import org.zhongshu.layout.LayoutVerifier;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.DemoOfficeTest;
import org.zhongshu.platform.WebSession;

/**
 * 印制: a 请示 taken through its flow is set as a 红头文件 when the 印制 step is done, and the
 * drafter downloads the PDF (measured against GB/T 9704), the OFD and the DOCX.
 */
@DemoOfficeTest
class PrintingTests {

	@LocalServerPort
	int port;

	@Autowired
	Dispatches dispatches;

	@Autowired
	DispatchFlow flow;

	@Test
	void theRequestIsPrintedAtThePrintStepAndDownloadedInEveryKind() throws IOException {
		Draft request = new Draft(DocumentType.REQUEST, "中共江临市委办公室", "印制甲报", Classification.CONFIDENTIAL, "1年", "加急",
				"市委", "", "关于召开全市作风建设推进会的请示",
				"为深入推进全市作风建设，拟于12月中旬召开全市作风建设推进会。\n一、会议时间和地点\n拟于12月15日上午在市委1号会议室召开。\n1.5万元会务经费已列入预算。\n妥否，请批示。");
		UUID id = this.dispatches.draft(request, DispatchFlowTests.DRAFTER,
				new Participants("印制甲报", "fuzhuren", "shuji", List.of()),
				List.of(AttachmentFile.of("会议议程.pdf", "%PDF-1.7 议程".getBytes(StandardCharsets.UTF_8))));
		WebSession drafter = WebSession.signedIn(this.port, "wenmi2");
		assertThat(drafter.get("/documents/" + id + "/files/pdf").status()).as("not printed yet").isEqualTo(404);

		walk(id, "check", DispatchFlowTests.CHECKER);
		walk(id, "review", DispatchFlowTests.REVIEWER);
		walk(id, "sign", DispatchFlowTests.SIGNER);
		walk(id, "recheck", DispatchFlowTests.REVIEWER);
		walk(id, "register", DispatchFlowTests.REGISTRAR);
		walk(id, "print", DispatchFlowTests.REGISTRAR);

		int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
		assertThat(drafter.get("/documents/" + id).body()).contains("印制甲报〔%d〕1号".formatted(year), "PDF（", "OFD（",
				"DOCX（");
		WebSession.Download pdf = drafter.download("/documents/" + id + "/files/pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.disposition()).contains("attachment", ".pdf");
		LayoutVerifier.Measurement measured = LayoutVerifier.measure(pdf.bytes());
		assertThat(measured.problems()).isEmpty();
		assertThat(measured.issuerColour()).isEqualTo("#E60012");
		try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s", "")).contains("000001", "秘密★1年", "加急",
					"中共江临市委办公室文件", "印制甲报〔%d〕1号".formatted(year), "签发人：周立新", "关于召开全市作风建设推进会的请示", "市委：", "一、会议时间和地点",
					"妥否，请批示。");
		}
		WebSession.Download ofd = drafter.download("/documents/" + id + "/files/ofd");
		try (OFDReader reader = new OFDReader(new ByteArrayInputStream(ofd.bytes()))) {
			assertThat(reader.getNumberOfPages()).isEqualTo(measured.pageNumbers().size());
		}
		WebSession.Download docx = drafter.download("/documents/" + id + "/files/docx");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.bytes()))) {
			assertThat(document.getParagraphs()).anyMatch((paragraph) -> paragraph.getText().equals("一、会议时间和地点")
					&& "GwHeading1".equals(paragraph.getStyle()));
			assertThat(document.getParagraphs()).as("1.5 begins a number, not a heading 1.")
				.anyMatch((paragraph) -> paragraph.getText().equals("1.5万元会务经费已列入预算。")
						&& "GwBody".equals(paragraph.getStyle()));
		}
		assertThat(WebSession.signedIn(this.port, "xinxi3").get("/documents/" + id + "/files/pdf").status())
			.isEqualTo(403);
		assertThat(drafter.get("/documents/" + id + "/files/svg").status()).isEqualTo(404);
	}

	private void walk(UUID id, String step, CurrentUser person) {
		List<Step> steps = this.flow.currentSteps(id);
		assertThat(steps).extracting(Step::step).containsExactly(step);
		this.flow.complete(steps.get(0).task(), person, "同意");
	}

}
