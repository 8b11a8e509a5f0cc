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
import java.util.Map;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.zhongshu.people.Role;
import org.zhongshu.platform.DemoOfficeTest;
import org.zhongshu.platform.WebSession;
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
