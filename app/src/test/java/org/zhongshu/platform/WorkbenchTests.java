package org.zhongshu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhongshu.platform.WebSession.Page;

/**
 * The 工作台 and the operational endpoints every deployment needs.
 */
@DemoOfficeTest
class WorkbenchTests {

	@LocalServerPort
	int port;

	@Test
	void greetsThePersonWithTheirUnitAndTheDate() {
		WebSession browser = WebSession.signedIn(this.port, "wenmi");

		Page workbench = browser.get("/");

		assertThat(workbench.body()).contains("王静").contains("秘书科").contains("待办").contains("待阅").contains("提醒");
		assertThat(workbench.body()).contains("星期");
	}

	@Test
	void showsEachPersonOnlyTheNavigationTheirRolesAllow() {
		Page sysadmin = WebSession.signedIn(this.port, "sysadmin").get("/");
		Page wenmi = WebSession.signedIn(this.port, "wenmi").get("/");

		assertThat(sysadmin.body()).contains("用户管理").contains("组织机构").doesNotContain("审计日志").doesNotContain("角色与密级");
		assertThat(wenmi.body()).contains("工作台").doesNotContain("用户管理").doesNotContain("审计日志");
	}

	@Test
	void listsTheToDosAsJsonForTheSignedInPerson() {
		WebSession auditor = WebSession.signedIn(this.port, "auditor");

		Page todos = auditor.get("/api/v1/todos");

		assertThat(todos.status()).isEqualTo(200);
		assertThat(todos.header("Content-Type")).contains("application/json");
		assertThat(todos.body()).contains("\"source\":\"安全审计\"").contains("\"kind\":\"NOTICE\"").contains("/audit");
	}

	@Test
	void refusesTheApiWithoutALogin() {
		Page json = new WebSession(this.port).json("GET", "/api/v1/todos", "");

		assertThat(json.status()).isEqualTo(401);
		assertThat(json.header("Content-Type")).contains("application/problem+json");
		assertThat(json.body()).contains("未登录");
	}

	@Test
	void reportsHealthWithoutALoginAndWithoutDetails() {
		Page health = new WebSession(this.port).json("GET", "/actuator/health", "");

		assertThat(health.status()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("db").doesNotContain("diskSpace");
	}

	@Test
	void describesTheApiWithOpenApi() {
		WebSession browser = WebSession.signedIn(this.port, "wenmi");

		Page docs = browser.json("GET", "/api/docs", "");

		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.body()).contains("\"openapi\"")
			.contains("/api/v1/users")
			.contains("/api/v1/units")
			.contains("/api/v1/todos");
	}

	@Test
	void servesItsOwnStylesAndScriptsSoItWorksOffline() {
		WebSession browser = new WebSession(this.port);
		Page login = browser.get("/login");

		assertThat(login.body()).contains("href=\"/webjars/bootstrap/")
			.doesNotContain("cdn")
			.doesNotContain("https://");
		assertThat(browser.get("/webjars/bootstrap/dist/css/bootstrap.min.css").status()).isEqualTo(200);
		assertThat(browser.get("/webjars/htmx.org/dist/htmx.min.js").status()).isEqualTo(200);
		assertThat(browser.get("/webjars/bootstrap-icons/font/bootstrap-icons.min.css").status()).isEqualTo(200);
		assertThat(login.body()).contains("href=\"/static/css/zhongshu.css\"", "src=\"/static/js/zhongshu.js\"");
		assertThat(browser.get("/static/css/zhongshu.css").status()).isEqualTo(200);
		assertThat(browser.get("/static/js/zhongshu.js").status()).isEqualTo(200);
	}

}
