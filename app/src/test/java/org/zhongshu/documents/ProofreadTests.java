package org.zhongshu.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.zhongshu.people.Role;
import org.zhongshu.platform.DemoOfficeTest;
import org.zhongshu.platform.WebSession;
import org.zhongshu.platform.WebSession.Download;
import org.zhongshu.platform.WebSession.Page;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 校对 in the app: the API and the page, with the office's own people as the roster.
 */
@DemoOfficeTest
class ProofreadTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void answersTheApiWithTheIssuesInTheCommandLinesJson() {
		Page answer = WebSession.signedIn(this.port, "wenmi").json("POST", "/api/v1/proofread", """
				{"text": "会议对下一步工作作了布署。"}""");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("\"start\":10", "\"end\":12", "\"original\":\"布署\"",
				"\"suggestions\":[\"部署\"]", "\"rule\":\"typo.confusion\"", "\"category\":\"TYPO\"",
				"\"severity\":\"ERROR\"");
	}

	@Test
	void checksNamesAndTitlesAgainstTheOfficesOwnPeople() {
		Page answer = WebSession.signedIn(this.port, "wenmi").json("POST", "/api/v1/proofread", """
				{"text": "市委书记周立欣出席会议。会议由市长周立新主持。"}""");

		assertThat(answer.body()).contains("\"rule\":\"name.roster\"", "\"suggestions\":[\"周立新\"]")
			.contains("\"rule\":\"name.title\"", "市委书记");
	}

	@Test
	void takesUpANewColleagueAsSoonAsTheirAccountExists() {
		WebSession wenmi = WebSession.signedIn(this.port, "wenmi");
		String text = "{\"text\": \"请欧阳明宣同志参加会议。\"}";
		assertThat(wenmi.json("POST", "/api/v1/proofread", text).body()).doesNotContain("name.roster");
		long unit = this.jdbc.sql("SELECT id FROM unit WHERE name = '秘书科'").query(Long.class).single();

		Page created = WebSession.signedIn(this.port, "sysadmin").json("POST", "/api/v1/users", """
				{"loginName": "ouyang.mx", "name": "欧阳明轩", "unitId": %d, "post": "文秘", "title": "", "phone": "",
				 "sortOrder": 90}""".formatted(unit));

		assertThat(created.status()).isEqualTo(201);
		assertThat(wenmi.json("POST", "/api/v1/proofread", text).body()).contains("\"rule\":\"name.roster\"",
				"\"suggestions\":[\"欧阳明轩\"]");
	}

	@Test
	void refusesEmptyMissingAndOverlongTextsInChinese() {
		WebSession wenmi = WebSession.signedIn(this.port, "wenmi");

		Page empty = wenmi.json("POST", "/api/v1/proofread", "{\"text\": \"  \"}");
		Page missing = wenmi.json("POST", "/api/v1/proofread", "{}");
		Page overlong = wenmi.json("POST", "/api/v1/proofread",
				"{\"text\": \"" + "文".repeat(OfficeProofreader.LONGEST_TEXT + 1) + "\"}");

		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.body()).contains("请输入或上传要校对的文字");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.body()).contains("请给出要校对的文字");
		assertThat(overlong.status()).isEqualTo(400);
		assertThat(overlong.body()).contains("一次最多校对 500,000 字");
	}

	@Test
	void keepsTheThreeAdministratorsOut() {
		for (String administrator : new String[] { "sysadmin", "secadmin", "auditor" }) {
			WebSession session = WebSession.signedIn(this.port, administrator);

			assertThat(session.get("/proofread").status()).as(administrator).isEqualTo(403);
			assertThat(session.json("POST", "/api/v1/proofread", "{\"text\": \"布署\"}").status()).as(administrator)
				.isEqualTo(403);
			assertThat(session.get("/").body()).as(administrator).doesNotContain("href=\"/proofread\"");
		}
		assertThat(WebSession.signedIn(this.port, "wenmi").get("/").body()).contains("href=\"/proofread\"");
	}

	@Test
	void opensToEveryBusinessRoleAsTheNavigationDoes() {
		for (Role role : Role.values()) {
			assertThat(ProofreadPage.BUSINESS_ROLES.contains("'" + role.name() + "'")).as(role.name())
				.isEqualTo(!role.isAdministrator());
		}
		assertThat(WebSession.signedIn(this.port, "lianluo1")
			.json("POST", "/api/v1/proofread", "{\"text\": \"布署\"}")
			.status()).isEqualTo(200);
	}

	@Test
	void marksTheIssuesInThePastedTextAndEscapesMarkup() {
		WebSession wenmi = WebSession.signedIn(this.port, "wenmi");

		Page result = wenmi.post("/proofread", Map.of("text", "<script>alert(1)</script>会议对工作作了布署。"));

		assertThat(result.status()).isEqualTo(200);
		assertThat(result.body()).contains("id=\"issue-0\"", "data-accept=\"0\"", "data-suggestion=\"部署\"", "发现 1 处问题")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)</script>");
	}

	@Test
	void readsUploadedWordAndPlainTextFiles() throws IOException {
		WebSession wenmi = WebSession.signedIn(this.port, "wenmi");

		Page word = wenmi.upload("/proofread", Map.of(), "file", "通知.docx", docx("请各单位于本月底前完成布署。"));
		Page gbk = wenmi.upload("/proofread", Map.of(), "file", "旧稿.txt",
				"请各单位做好安全生产布署。".getBytes(Charset.forName("GB18030")));
		Page utf8 = wenmi.upload("/proofread", Map.of(), "file", "新稿.txt",
				"请各单位做好防汛布署。".getBytes(StandardCharsets.UTF_8));

		assertThat(word.body()).contains("通知.docx", "请各单位于本月底前完成", "data-suggestion=\"部署\"").contains("通知（校对后）.txt");
		assertThat(gbk.body()).contains("请各单位做好安全生产", "data-suggestion=\"部署\"");
		assertThat(utf8.body()).contains("请各单位做好防汛", "data-suggestion=\"部署\"");
	}

	@Test
	void readsWordDocumentsOlderOfficeMachinesSave() throws Exception {
		WebSession wenmi = WebSession.signedIn(this.port, "wenmi");
		byte[] word97;
		try (InputStream in = getClass().getResourceAsStream("/documents/notice-word97.doc")) {
			word97 = in.readAllBytes();
		}

		Page doc = wenmi.upload("/proofread", Map.of(), "file", "防汛通知.doc", word97);
		Page renamed = wenmi.upload("/proofread", Map.of(), "file", "改过名的.doc", docx("请各单位做好防汛布署。"));
		Page locked = wenmi.upload("/proofread", Map.of(), "file", "加密.docx",
				withPassword(docx("请各单位做好防汛布署。"), "123456"));

		assertThat(doc.body()).contains("防汛通知.doc", "关于做好防汛工作的通知", "请各单位于本月底前完成防汛", "市水务局\t王静",
				"data-suggestion=\"部署\"", "防汛通知（校对后）.txt");
		assertThat(renamed.body()).contains("请各单位做好防汛", "data-suggestion=\"部署\"");
		assertThat(locked.body()).contains("文件设有打开密码").doesNotContain("data-suggestion");
	}

	@Test
	void writesTheCorrectionsAcceptedIntoTheWordDocumentWithItsFormat() throws IOException {
		WebSession wenmi = WebSession.signedIn(this.port, "wenmi");
		byte[] original = formattedNotice();
		String text = "关于做好防汛工作的通知\n请各单位于本月底前完成布署。\n联系人\t王静\n单位\t防汛布署";

		Page shown = wenmi.upload("/proofread", Map.of(), "file", "防汛通知.docx", original);
		Download corrected = wenmi.sendFile("/api/v1/proofread/word", "file", "防汛通知.docx", original, "corrections",
				"[" + correction(text, text.indexOf("布署"), "布署", "部署") + ","
						+ correction(text, text.indexOf("\t王静"), "\t", "：") + ","
						+ correction(text, text.indexOf("王静"), "王静", "王婧") + ","
						+ correction(text, text.lastIndexOf("布署"), "布署", "部署") + "]");

		assertThat(shown.body()).contains(">" + text + "</textarea>", "下载校对后 Word 文档", "防汛通知（校对后）.docx")
			.doesNotContain("尚未接受或拒绝的修订");
		assertThat(corrected.status()).isEqualTo(200);
		assertThat(corrected.header(ProofreadApi.SKIPPED)).isEqualTo("1");
		assertThat(corrected.disposition()).contains("attachment", ".docx");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(corrected.bytes()))) {
			List<XWPFParagraph> paragraphs = document.getParagraphs();
			assertThat(paragraphs.get(0).getRuns().get(0).isBold()).isTrue();
			assertThat(paragraphs.get(1).getText()).isEqualTo("请各单位于本月底前完成部署。");
			assertThat(paragraphs.get(1).getRuns().get(1).text()).isEqualTo("部");
			assertThat(paragraphs.get(1).getRuns().get(1).getColor()).isEqualTo("C00000");
			assertThat(paragraphs.get(1).getRuns().get(2).text()).isEqualTo("署。");
			assertThat(paragraphs.get(2).getText()).isEqualTo("联系人\t王婧");
			assertThat(document.getTables().get(0).getRow(0).getCell(1).getText()).isEqualTo("防汛部署");
		}
		Download acrossLines = wenmi.sendFile("/api/v1/proofread/word", "file", "防汛通知.docx", original, "corrections",
				"[" + correction(text, text.indexOf("通知\n请"), "通知\n请", "通知请") + "]");
		assertThat(acrossLines.header(ProofreadApi.SKIPPED)).isEqualTo("1");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(acrossLines.bytes()))) {
			assertThat(document.getParagraphs().get(0).getText()).isEqualTo("关于做好防汛工作的通知");
			assertThat(document.getParagraphs().get(1).getText()).isEqualTo("请各单位于本月底前完成布署。");
		}
	}

	@Test
	void marksTheCorrectionsAsTrackedChangesForTheDrafterToAcceptOrReject() throws IOException {
		WebSession wenmi = WebSession.signedIn(this.port, "wenmi");
		byte[] original = formattedNotice();
		String text = "关于做好防汛工作的通知\n请各单位于本月底前完成布署。\n联系人\t王静\n单位\t防汛布署";
		String today = LocalDate.now(this.clock).toString();

		Download tracked = wenmi.sendFile("/api/v1/proofread/word?trackChanges=true", "file", "防汛通知.docx", original,
				"corrections",
				"[" + correction(text, text.indexOf("布署"), "布署。", "部署工作。") + ","
						+ correction(text, text.indexOf("\t王静"), "\t", "：") + ","
						+ correction(text, text.indexOf("王静"), "王静", "王婧") + ","
						+ correction(text, text.indexOf("关于做好"), "关于", "") + ","
						+ correction(text, text.lastIndexOf("布署"), "布署", "部署") + "]");

		assertThat(tracked.status()).isEqualTo(200);
		assertThat(tracked.header(ProofreadApi.SKIPPED)).isEqualTo("1");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(tracked.bytes()))) {
			List<XWPFParagraph> paragraphs = document.getParagraphs();
			CTP title = paragraphs.get(0).getCTP();
			assertThat(title.getDelArray(0).getRArray(0).getDelTextArray(0).getStringValue()).isEqualTo("关于");
			assertThat(title.getDelArray(0).getRArray(0).getRPr().sizeOfBArray()).isEqualTo(1);
			assertThat(title.sizeOfInsArray()).isZero();
			assertThat(paragraphs.get(0).getText()).isEqualTo("做好防汛工作的通知");
			assertThat(paragraphs.get(0).getRuns().get(0).isBold()).isTrue();
			CTP body = paragraphs.get(1).getCTP();
			assertThat(body.getDelArray(0).getRArray(0).getDelTextArray(0).getStringValue()).isEqualTo("布");
			assertThat(body.getDelArray(0).getRArray(0).getRPr().getColorArray(0).xgetVal().getStringValue())
				.isEqualTo("C00000");
			assertThat(body.getDelArray(1).getRArray(0).getDelTextArray(0).getStringValue()).isEqualTo("署");
			assertThat(body.getDelArray(1).getRArray(0).getRPr()).isNull();
			assertThat(body.getInsArray(0).getRArray(0).getTArray(0).getStringValue()).isEqualTo("部署工作");
			assertThat(WordElements.children(body)).containsExactly("r", "del", "del", "ins", "r");
			assertThat(body.getInsArray(0).getRArray(0).getRPr().getColorArray(0).xgetVal().getStringValue())
				.isEqualTo("C00000");
			assertThat(body.getInsArray(0).getAuthor()).isEqualTo("王静");
			assertThat(body.getInsArray(0).xgetDate().getStringValue()).startsWith(today + "T");
			assertThat(paragraphs.get(1).getText()).isEqualTo("请各单位于本月底前完成部署工作。");
			assertThat(paragraphs.get(2).getText()).isEqualTo("联系人\t王婧");
			assertThat(WordElements.children(paragraphs.get(2).getCTP())).containsExactly("r", "del", "ins");
			XWPFParagraph cell = document.getTables().get(0).getRow(0).getCell(1).getParagraphs().get(0);
			assertThat(cell.getText()).isEqualTo("防汛部署");
			assertThat(cell.getCTP().getDelArray(0).getRArray(0).getDelTextArray(0).getStringValue()).isEqualTo("布");
			assertThat(cell.getCTP().getInsArray(0).getRArray(0).getTArray(0).getStringValue()).isEqualTo("部");
			assertThat(WordElements.children(cell.getCTP())).containsExactly("r", "del", "ins", "r");
			assertThat(revisionIds(document)).hasSize(8).doesNotHaveDuplicates();
		}

		Page again = wenmi.upload("/proofread", Map.of(), "file", "防汛通知（校对后）.docx", tracked.bytes());
		String accepted = "做好防汛工作的通知\n请各单位于本月底前完成部署工作。\n联系人\t王婧\n单位\t防汛部署";
		assertThat(again.body()).contains(">" + accepted + "</textarea>", "文档中有尚未接受或拒绝的修订").doesNotContain("布");
		Download twice = wenmi.sendFile("/api/v1/proofread/word?trackChanges=true", "file", "防汛通知（校对后）.docx",
				tracked.bytes(), "corrections", "[" + correction(accepted, accepted.indexOf("部署"), "部署", "布署") + ","
						+ correction(accepted, accepted.indexOf("做好"), "做好", "作好") + "]");
		assertThat(twice.header(ProofreadApi.SKIPPED)).isEqualTo("1");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(twice.bytes()))) {
			assertThat(document.getParagraphs().get(0).getText()).isEqualTo("作好防汛工作的通知");
			assertThat(document.getParagraphs().get(1).getText()).isEqualTo("请各单位于本月底前完成部署工作。");
			assertThat(revisionIds(document)).hasSize(10).doesNotHaveDuplicates();
		}
	}

	@Test
	void refusesCorrectionsThatDoNotFitTheWordDocument() throws IOException {
		WebSession wenmi = WebSession.signedIn(this.port, "wenmi");
		byte[] original = formattedNotice();
		String text = "关于做好防汛工作的通知\n请各单位于本月底前完成布署。";
		int at = text.indexOf("布署");

		Download another = wenmi.sendFile("/api/v1/proofread/word", "file", "另一份.docx", docx("另一份文件的正文，没有这个词。"),
				"corrections", "[" + correction(text, at, "布署", "部署") + "]");
		Download overlapping = wenmi.sendFile("/api/v1/proofread/word", "file", "防汛通知.docx", original, "corrections",
				"[" + correction(text, at, "布署", "部署") + "," + correction(text, at + 1, "署。", "署") + "]");
		Download control = wenmi.sendFile("/api/v1/proofread/word", "file", "防汛通知.docx", original, "corrections",
				"[" + correction(text, at, "布署", "部\\u0000署") + "]");
		Download outside = wenmi.sendFile("/api/v1/proofread/word", "file", "防汛通知.docx", original, "corrections",
				"[{\"start\": -1, \"end\": 900, \"original\": \"布署\", \"replacement\": \"部署\"}]");
		Download word97 = wenmi.sendFile("/api/v1/proofread/word", "file", "防汛通知.docx", new byte[] { 1, 2, 3 },
				"corrections", "[]");
		Download notAChoice = wenmi.sendFile("/api/v1/proofread/word?trackChanges=%3Cscript%3E", "file", "防汛通知.docx",
				original, "corrections", "[" + correction(text, at, "布署", "部署") + "]");

		assertThat(new String(another.bytes(), StandardCharsets.UTF_8)).contains("所选文件与校对时的文件内容不一致");
		assertThat(new String(overlapping.bytes(), StandardCharsets.UTF_8)).contains("有两处修改重叠");
		assertThat(new String(control.bytes(), StandardCharsets.UTF_8)).contains("不含控制字符");
		assertThat(new String(outside.bytes(), StandardCharsets.UTF_8)).contains("所选文件与校对时的文件内容不一致");
		assertThat(new String(word97.bytes(), StandardCharsets.UTF_8)).contains("不是 Word .docx 文档");
		assertThat(new String(notAChoice.bytes(), StandardCharsets.UTF_8)).contains("参数 trackChanges 的格式不对")
			.doesNotContain("<script>");
		assertThat(List.of(another, overlapping, control, outside, word97, notAChoice))
			.allMatch((answer) -> answer.status() == 400);
		for (String administrator : new String[] { "sysadmin", "secadmin", "auditor" }) {
			assertThat(WebSession.signedIn(this.port, administrator)
				.sendFile("/api/v1/proofread/word", "file", "防汛通知.docx", original, "corrections", "[]")
				.status()).as(administrator).isEqualTo(403);
		}
		assertThat(WebSession.signedIn(this.port, "lianluo1")
			.sendFile("/api/v1/proofread/word", "file", "防汛通知.docx", original, "corrections", "[]")
			.status()).isEqualTo(200);
		assertThat(wenmi.upload("/proofread", Map.of(), "file", "旧稿.txt", "请做好防汛布署。".getBytes(StandardCharsets.UTF_8))
			.body()).contains("下载校对后文本").doesNotContain("下载校对后 Word 文档");
	}

	@Test
	void refusesOtherFilesWithTheReason() {
		WebSession wenmi = WebSession.signedIn(this.port, "wenmi");

		Page svg = wenmi.upload("/proofread", Map.of(), "file", "../../图.svg",
				"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8));
		Page fake = wenmi.upload("/proofread", Map.of(), "file", "假文档.docx", "不是压缩包".getBytes(StandardCharsets.UTF_8));
		Page broken = wenmi.upload("/proofread", Map.of(), "file", "旧文档.doc", new byte[] { 1, 2, 3 });
		Page wps = wenmi.upload("/proofread", Map.of(), "file", "讲话稿.wps", new byte[] { 1, 2, 3 });

		assertThat(svg.status()).isEqualTo(200);
		assertThat(svg.body()).contains("只能上传 Word 文档（.docx、.doc）或纯文本（.txt）文件").doesNotContain("onload");
		assertThat(fake.body()).contains("无法读取文件“假文档.docx”");
		assertThat(broken.body()).contains("无法读取文件“旧文档.doc”");
		assertThat(wps.body()).contains("暂不支持 WPS 格式（.wps），请在 WPS 中另存为 .docx 后上传");
		Page huge = wenmi.upload("/proofread", Map.of(), "file", "大文件.txt", new byte[11 * 1024 * 1024]);
		assertThat(huge.body()).contains("文件过大");
	}

	private static String correction(String text, int start, String original, String replacement) {
		assertThat(text.substring(start, start + original.length())).isEqualTo(original);
		return "{\"start\": %d, \"end\": %d, \"original\": \"%s\", \"replacement\": \"%s\"}".formatted(start,
				start + original.length(), original.replace("\n", "\\n").replace("\t", "\\t"), replacement);
	}

	/**
	 * @return a notice with a title in bold, a slip across a run in red and the next, a
	 * line with a tab and a table
	 */
	private static byte[] formattedNotice() throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFRun title = document.createParagraph().createRun();
			title.setBold(true);
			title.setText("关于做好防汛工作的通知");
			XWPFParagraph body = document.createParagraph();
			body.createRun().setText("请各单位于本月底前完成");
			XWPFRun red = body.createRun();
			red.setColor("C00000");
			red.setText("布");
			body.createRun().setText("署。");
			XWPFRun contact = document.createParagraph().createRun();
			contact.setText("联系人");
			contact.addTab();
			contact.setText("王静");
			XWPFTable table = document.createTable(1, 2);
			table.getRow(0).getCell(0).setText("单位");
			table.getRow(0).getCell(1).setText("防汛布署");
			document.write(out);
			return out.toByteArray();
		}
	}

	/**
	 * @return the numbers of the tracked changes in the document's body, its tables'
	 * included
	 */
	private static List<String> revisionIds(XWPFDocument document) {
		List<String> ids = new ArrayList<>();
		for (XmlObject change : document.getDocument()
			.selectPath("declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' "
					+ ".//w:ins | .//w:del")) {
			ids.add(((CTRunTrackChange) change).getId().toString());
		}
		return ids;
	}

	private static byte[] withPassword(byte[] docx, String password)
			throws IOException, InvalidFormatException, GeneralSecurityException {
		try (POIFSFileSystem container = new POIFSFileSystem();
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword(password);
			try (OPCPackage document = OPCPackage.open(new ByteArrayInputStream(docx));
					OutputStream encrypted = encryptor.getDataStream(container)) {
				document.save(encrypted);
			}
			container.writeFilesystem(out);
			return out.toByteArray();
		}
	}

	private static byte[] docx(String paragraph) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(paragraph);
			document.write(out);
			return out.toByteArray();
		}
	}

}
