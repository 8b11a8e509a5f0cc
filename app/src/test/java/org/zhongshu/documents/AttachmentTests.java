package org.zhongshu.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhongshu.platform.DemoOfficeTest;
import org.zhongshu.platform.Download;
import org.zhongshu.platform.WebSession;
import org.zhongshu.platform.WebSession.Page;

/**
 * 附件 uploaded with a draft: kept and downloaded as uploaded by those who may read the
 * document; script-carrying kinds, disguised files and names with path parts refused with
 * the reason, leaving no document behind.
 */
@DemoOfficeTest
class AttachmentTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDraftKeepsItsAttachmentForThoseWhoMayReadIt() throws IOException {
		byte[] docx = docx("值班安排");
		WebSession drafter = WebSession.signedIn(this.port, "wenmi2");

		Page created = drafter.upload("/documents", fields("关于附件测试的通知"), "files", "值班安排表.docx", docx);

		assertThat(created.status()).as(created.body()).isEqualTo(302);
		String id = created.redirectPath().replace("/documents/", "");
		assertThat(drafter.get("/documents/" + id).body()).contains("1. 值班安排表.docx");
		WebSession.Download download = drafter.download("/documents/" + id + "/attachments/1");
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.bytes()).isEqualTo(docx);
		assertThat(download.disposition()).startsWith("attachment")
			.contains(URLEncoder.encode("值班安排表", StandardCharsets.UTF_8).replace("+", "%20"));
		assertThat(drafter.download("/documents/" + id + "/attachments/2").status()).isEqualTo(404);
		assertThat(WebSession.signedIn(this.port, "xinxi3").download("/documents/" + id + "/attachments/1").status())
			.isEqualTo(403);
	}

	@Test
	void refusesScriptDisguisesAndPathsKeepingNothing() {
		WebSession drafter = WebSession.signedIn(this.port, "wenmi2");
		long before = this.jdbc.sql("select count(*) from dispatch").query(Long.class).single();
		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);

		Page script = drafter.upload("/documents", fields("关于拒收一的通知"), "files", "图.svg", svg);
		Page html = drafter.upload("/documents", fields("关于拒收二的通知"), "files", "页.html",
				"<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
		Page disguised = drafter.upload("/documents", fields("关于拒收三的通知"), "files", "报告.pdf", svg);
		Page path = drafter.upload("/documents", fields("关于拒收四的通知"), "files", "../../etc/passwd.pdf",
				"%PDF-1.7".getBytes(StandardCharsets.UTF_8));

		assertThat(script.body()).contains("附件“图.svg”的类型不被接受");
		assertThat(html.body()).contains("附件“页.html”的类型不被接受");
		assertThat(disguised.body()).contains("附件“报告.pdf”的内容与扩展名不符");
		assertThat(path.body()).contains("不能包含路径");
		assertThat(this.jdbc.sql("select count(*) from dispatch").query(Long.class).single()).isEqualTo(before);
	}

	private static Map<String, String> fields(String title) {
		return new HashMap<>(Map.of("type", "NOTICE", "issuer", "中共江临市委办公室", "prefix", "市委办发", "classification",
				"INTERNAL", "recipients", "各县（市、区）委", "title", title, "body", "现将有关事项通知如下。", "checker", "fuzhuren",
				"signer", "shuji"));
	}

	private static byte[] docx(String text) throws IOException {
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText(text);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.write(out);
			return out.toByteArray();
		}
	}

}
