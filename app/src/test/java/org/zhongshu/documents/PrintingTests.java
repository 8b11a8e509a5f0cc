package org.zhongshu.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

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
import org.zhongshu.layout.Attendance;
import org.zhongshu.layout.LayoutVerifier;
import org.zhongshu.platform.AttachmentFile;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.DemoOfficeTest;
import org.zhongshu.platform.Download;
import org.zhongshu.platform.RefusedException;
import org.zhongshu.platform.WebSession;

/**
 * 印制: a 请示 taken through its flow is set as a 红头文件 when the 印制 step is done, and the
 * drafter downloads the PDF (measured against GB/T 9704), the OFD and the DOCX.
 */
@DemoOfficeTest
class PrintingTests {

	@LocalServerPort
	int port;

	/** A 纪要 of the length offices write, running onto a second page. */
	private static final String MINUTES = """
			2026年11月28日上午，市委书记周立新主持召开市委常委会会议。会议传达学习了上级有关会议精神，研究了全市岁末年初重点工作和作风建设工作。现将会议议定事项纪要如下。
			一、关于传达学习上级有关会议精神
			会议强调，各级党组织要把思想和行动统一到上级决策部署上来，结合本地实际，研究提出贯彻落实的具体措施，确保各项部署落地见效。
			二、关于岁末年初重点工作
			会议原则同意市委办公室提出的工作安排，要求各牵头单位细化工作措施，明确责任分工和完成时限，按时办结并报告办理情况。
			三、关于作风建设工作
			会议要求，各级领导干部要带头转变作风，深入基层调查研究，切实解决群众反映强烈的突出问题，以优良作风推动各项工作落实。
			四、关于安全生产工作
			会议指出，岁末年初是安全生产事故易发多发期，各地各部门要压实安全生产责任，加强隐患排查整治，坚决防范遏制重特大事故发生。""";

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
				List.of(AttachmentFile.of("会议议程.pdf", "%PDF-1.7 议程".getBytes(StandardCharsets.UTF_8))), List.of());
		WebSession drafter = WebSession.signedIn(this.port, "wenmi2");
		assertThat(drafter.get("/documents/" + id + "/files/pdf").status()).as("not printed yet").isEqualTo(404);

		walkToPrinted(id);

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

	@Test
	void minutesArePrintedInTheMinutesFormatWithAnIssueNumberAndWhoAttended() throws IOException {
		Draft minutes = new Draft(DocumentType.MINUTES, "中共江临市委常委会会议", "印制乙纪要", Classification.INTERNAL, "", "",
				"市委各部委", "", "市委常委会会议纪要", MINUTES);
		Participants participants = new Participants("印制乙纪要", "fuzhuren", "shuji", List.of());
		assertThatExceptionOfType(RefusedException.class).isThrownBy(() -> this.dispatches.draft(minutes,
				DispatchFlowTests.DRAFTER, participants, List.of(), List.of(new Attendance("列席", List.of("王静")))))
			.withMessageContaining("纪要应列出出席人员");
		UUID id = this.dispatches.draft(minutes, DispatchFlowTests.DRAFTER, participants, List.of(),
				List.of(new Attendance("出席", List.of("周立新", "李卫东")), new Attendance("请假", List.of("孙国平"))));

		walkToPrinted(id);

		WebSession drafter = WebSession.signedIn(this.port, "wenmi2");
		assertThat(drafter.get("/documents/" + id).body()).contains("第1期", "周立新，李卫东", "孙国平");
		byte[] pdf = drafter.download("/documents/" + id + "/files/pdf").bytes();
		assertThat(LayoutVerifier.measure(pdf).problems()).isEmpty();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s", ""))
				.contains("中共江临市委常委会会议纪要", "第1期", "出席：周立新，李卫东", "请假：孙国平", "四、关于安全生产工作")
				.doesNotContain("市委各部委：");
		}
	}

	@Test
	void anOrderIsPrintedInTheOrderFormatWithItsNumberAndItsSignersTitleAndName() throws IOException {
		Draft order = new Draft(DocumentType.ORDER, "中共江临市委", "印制丙令", Classification.INTERNAL, "", "", "各县（市、区）委，市委各部委",
				"", "中共江临市委令", "《江临市委工作规则》已经市委常委会会议审议通过，现予公布，自公布之日起施行。");
		UUID id = this.dispatches.draft(order, DispatchFlowTests.DRAFTER,
				new Participants("印制丙令", "fuzhuren", "shuji", List.of()));

		walkToPrinted(id);

		byte[] pdf = WebSession.signedIn(this.port, "wenmi2").download("/documents/" + id + "/files/pdf").bytes();
		assertThat(LayoutVerifier.measure(pdf).problems()).isEmpty();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s", ""))
				.contains("中共江临市委令", "第1号", "市委书记", "周立新", "自公布之日起施行")
				.doesNotContain("签发人");
		}
	}

	private void walkToPrinted(UUID id) {
		walk(id, "check", DispatchFlowTests.CHECKER);
		walk(id, "review", DispatchFlowTests.REVIEWER);
		walk(id, "sign", DispatchFlowTests.SIGNER);
		walk(id, "recheck", DispatchFlowTests.REVIEWER);
		walk(id, "register", DispatchFlowTests.REGISTRAR);
		walk(id, "print", DispatchFlowTests.REGISTRAR);
	}

	private void walk(UUID id, String step, CurrentUser person) {
		List<Step> steps = this.flow.currentSteps(id);
		assertThat(steps).extracting(Step::step).containsExactly(step);
		this.flow.complete(steps.get(0).task(), person, "同意");
	}

}
