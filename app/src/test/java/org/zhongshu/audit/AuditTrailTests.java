package org.zhongshu.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhongshu.platform.DemoOfficeTest;
import org.zhongshu.platform.WebSession;
import org.zhongshu.platform.WebSession.Download;
import org.zhongshu.platform.WebSession.Page;

/**
 * The audit trail: every login and administrator change is recorded with who, when, from
 * where; the database keeps it append-only; the SM3 chain shows any row altered behind
 * the application's back; the auditor searches and exports it.
 */
@DemoOfficeTest
class AuditTrailTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditRecords records;

	WebSession auditor;

	@BeforeEach
	void signIn() {
		this.auditor = new WebSession(this.port);
		assertThat(this.auditor.login("auditor", DemoOfficeTest.PASSWORD).redirectPath()).isEqualTo("/");
	}

	@Test
	void recordsLoginsWithWhoWhenAndWhere() {
		new WebSession(this.port).login("huiwu", "Wrong#Pass1");
		new WebSession(this.port).login("huiwu", DemoOfficeTest.PASSWORD);

		Page failed = this.auditor.get("/audit?actor=huiwu&event=LOGIN_FAILED");
		Page succeeded = this.auditor.get("/audit?actor=huiwu&event=LOGIN_SUCCEEDED");

		assertThat(failed.body()).contains("登录失败").contains("密码错误").contains("127.0.0.1");
		assertThat(succeeded.body()).contains("登录成功").contains("账户 huiwu");
	}

	@Test
	void theDatabaseRefusesToChangeOrDeleteTheTrail() {
		long first = firstId();

		assertThatThrownBy(
				() -> this.jdbc.sql("UPDATE audit_event SET detail = 'x' WHERE id = :id").param("id", first).update())
			.isInstanceOf(DataAccessException.class)
			.hasStackTraceContaining("审计日志只能追加");
		assertThatThrownBy(() -> this.jdbc.sql("DELETE FROM audit_event WHERE id = :id").param("id", first).update())
			.isInstanceOf(DataAccessException.class)
			.hasStackTraceContaining("审计日志只能追加");
		assertThatThrownBy(() -> this.jdbc.sql("TRUNCATE audit_event").update()).isInstanceOf(DataAccessException.class)
			.hasStackTraceContaining("审计日志只能追加");
	}

	@Test
	void verifiesAnIntactChain() {
		this.auditor.get("/audit");

		Page answer = this.auditor.post("/audit/verification", Map.of());
		Page shown = this.auditor.follow(answer);

		assertThat(shown.body()).contains("审计日志完整").contains("无断裂、无篡改");
	}

	@Test
	void showsARowEditedBehindTheApplicationsBack() {
		long victim = firstId() + 1;
		String original = detailOf(victim);
		tamper("UPDATE audit_event SET detail = '已篡改' WHERE id = " + victim);
		try {
			ChainVerification verification = verify();

			assertThat(verification.isIntact()).isFalse();
			assertThat(verification.brokenAt()).isEqualTo(victim);
			assertThat(verification.problem()).contains("内容与其哈希值不符");
			this.auditor.get("/audit");
			assertThat(this.auditor.follow(this.auditor.post("/audit/verification", Map.of())).body())
				.contains("审计日志已被篡改");
		}
		finally {
			tamper("UPDATE audit_event SET detail = '" + original.replace("'", "''") + "' WHERE id = " + victim);
		}
		assertThat(verify().isIntact()).isTrue();
	}

	@Test
	void showsARowDeletedBehindTheApplicationsBack() {
		long victim = firstId() + 2;
		Map<String, Object> row = this.jdbc.sql("SELECT * FROM audit_event WHERE id = :id")
			.param("id", victim)
			.query()
			.singleRow();
		tamper("DELETE FROM audit_event WHERE id = " + victim);
		try {
			ChainVerification verification = verify();

			assertThat(verification.isIntact()).isFalse();
			assertThat(verification.problem()).contains("链接对不上");
		}
		finally {
			tamperWith(() -> this.jdbc.sql("""
					INSERT INTO audit_event (id, occurred_at, actor, client_ip, event, event_name, object, success,
					                         classification, detail, previous_hash, hash)
					VALUES (:id, :occurred_at, :actor, :client_ip, :event, :event_name, :object, :success,
					        :classification, :detail, :previous_hash, :hash)
					""").params(row).update());
		}
		assertThat(verify().isIntact()).isTrue();
	}

	@Test
	void exportsTheTrailAsAWorkbookExcelOpens() throws IOException {
		long failures = this.records.count(new AuditQuery(null, null, null, "LOGIN_FAILED", null));

		Download download = this.auditor.download("/audit/export?event=LOGIN_FAILED");

		assertThat(download.status()).isEqualTo(200);
		assertThat(download.disposition()).contains("attachment").contains(".xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.bytes()))) {
			Sheet sheet = workbook.getSheet("审计日志");
			Row header = sheet.getRow(0);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("序号");
			assertThat(header.getCell(4).getStringCellValue()).isEqualTo("事件");
			assertThat(sheet.getLastRowNum()).isEqualTo((int) failures);
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				assertThat(sheet.getRow(i).getCell(4).getStringCellValue()).isEqualTo("登录失败");
				assertThat(sheet.getRow(i).getCell(1).getLocalDateTimeCellValue()).isNotNull();
			}
		}
		assertThat(this.auditor.get("/audit?event=AUDIT_EXPORTED").body()).contains("导出审计日志");
	}

	@Test
	void refusesAReversedPeriod() {
		Page page = this.auditor.get("/audit?from=2026-12-01&to=2026-11-01");
		Download export = this.auditor.download("/audit/export?from=2026-12-01&to=2026-11-01");

		assertThat(page.body()).contains("结束日期早于开始日期");
		assertThat(export.status()).isEqualTo(400);
	}

	private ChainVerification verify() {
		ChainVerification.Verifier verifier = new ChainVerification.Verifier();
		this.records.forEach(AuditQuery.everything(), verifier::check);
		return verifier.result();
	}

	private long firstId() {
		return this.jdbc.sql("SELECT min(id) FROM audit_event").query(Long.class).single();
	}

	private String detailOf(long id) {
		return this.jdbc.sql("SELECT detail FROM audit_event WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	/**
	 * Acts as a database administrator would who disables the guard to alter the trail.
	 */
	private void tamper(String sql) {
		tamperWith(() -> this.jdbc.sql(sql).update());
	}

	private void tamperWith(Runnable change) {
		this.jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only").update();
		try {
			change.run();
		}
		finally {
			this.jdbc.sql("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only").update();
		}
	}

}
