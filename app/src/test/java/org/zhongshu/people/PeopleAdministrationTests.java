package org.zhongshu.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhongshu.platform.DemoOfficeTest;
import org.zhongshu.platform.WebSession;
import org.zhongshu.platform.WebSession.Page;

/**
 * The system administrator's pages and API for people and the org tree, with the bad
 * input a careless or hostile user sends: every mistake is answered in Chinese, and
 * nothing half-written stays behind.
 */
@DemoOfficeTest
class PeopleAdministrationTests {

	@LocalServerPort
	int port;

	@Autowired
	People people;

	@Autowired
	Units units;

	@Autowired
	JdbcClient jdbc;

	WebSession admin;

	long secretariat;

	@BeforeEach
	void signIn() {
		this.admin = new WebSession(this.port);
		assertThat(this.admin.login("sysadmin", DemoOfficeTest.PASSWORD).redirectPath()).isEqualTo("/");
		this.secretariat = unitNamed("秘书科");
	}

	@Test
	void createsAPersonAndShowsTheOneTimePasswordOnce() {
		this.admin.get("/admin/users/new");

		Map<String, String> zhangsan = person("zhangsan", "张三", "13812345678");
		zhangsan.put("email", "zhangsan@jianglin.gov.cn");
		Page created = this.admin.post("/admin/users/new", zhangsan);

		assertThat(created.status()).isEqualTo(200);
		assertThat(created.body()).contains("用户已建立").contains("zhangsan").contains("只显示这一次");
		Person person = this.people.findByLoginName("zhangsan").orElseThrow();
		assertThat(person.name()).isEqualTo("张三");
		assertThat(person.email()).isEqualTo("zhangsan@jianglin.gov.cn");
		assertThat(person.roles()).isEmpty();
		assertThat(this.jdbc.sql("SELECT must_change_password FROM credential WHERE person_id = :id")
			.param("id", person.id())
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void pagesThroughTheListAgainAndAgainWithoutRunningOutOfConnections() {
		for (int i = 0; i < 25; i++) {
			assertThat(this.admin.get("/admin/users?page=" + (i % 3)).status()).isEqualTo(200);
		}

		assertThat(new WebSession(this.port).login("wenmi", DemoOfficeTest.PASSWORD).redirectPath()).isEqualTo("/");
	}

	@Test
	void redisplaysTheFormWithEveryWrongFieldMarkedAndWritesNothing() {

		long before = this.people.count();
		this.admin.get("/admin/users/new");

		Map<String, String> form = person("Bad Name!", "", "12345");
		form.put("unitId", "");
		form.put("email", "zhaolei at jianglin");
		Page answer = this.admin.post("/admin/users/new", form);

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("is-invalid")
			.contains("登录名须为")
			.contains("请填写姓名")
			.contains("请选择所在单位")
			.contains("联系电话格式不对")
			.contains("电子邮箱格式不对");
		assertThat(this.people.count()).isEqualTo(before);
	}

	@Test
	void refusesALoginNameAlreadyTaken() {
		this.admin.get("/admin/users/new");

		Page answer = this.admin.post("/admin/users/new", person("wenmi", "另一个王静", ""));

		assertThat(answer.body()).contains("登录名“wenmi”已被使用");
		assertThat(this.people.findByLoginName("wenmi").orElseThrow().name()).isEqualTo("王静");
	}

	@Test
	void showsAScriptInANameAsTextNeverRunningIt() {
		this.admin.get("/admin/users/new");
		this.admin.post("/admin/users/new", person("xss1", "<script>alert(1)</script>", ""));

		Page list = this.admin.get("/admin/users?q=xss1");

		assertThat(list.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
	}

	@Test
	void refusesAnEditBasedOnAStaleVersion() {
		Person wenmi2 = this.people.findByLoginName("wenmi2").orElseThrow();
		this.admin.get("/admin/users/" + wenmi2.id() + "/edit");
		Map<String, String> form = person("wenmi2", "刘洋", "13907312002");
		form.put("version", String.valueOf(wenmi2.version() - 1));

		Page answer = this.admin.post("/admin/users/" + wenmi2.id() + "/edit", form);

		assertThat(answer.body()).contains("刚被其他人修改过");
	}

	@Test
	void keepsTheOrgTreeATree() {
		long office = unitNamed("中共江临市委办公室");
		this.admin.get("/admin/units/" + office + "/edit");

		Page answer = this.admin.post("/admin/units/" + office + "/edit",
				Map.of("parentId", String.valueOf(this.secretariat), "name", "中共江临市委办公室", "shortName", "市委办公室", "kind",
						"OFFICE", "sortOrder", "1"));

		assertThat(answer.body()).contains("上级单位不能是它自己或它的下级单位");
		assertThat(this.units.findById(this.secretariat).orElseThrow().parentId()).isEqualTo(office);
	}

	@Test
	void buildsTheOrgTreeUnitByUnit() {
		long office = unitNamed("中共江临市委办公室");
		this.admin.get("/admin/units/new?parent=" + office);

		Page created = this.admin.post("/admin/units/new", Map.of("parentId", String.valueOf(office), "name", "法规室",
				"shortName", "", "kind", "SECTION", "sortOrder", "20"));

		assertThat(created.redirectPath()).isEqualTo("/admin/units");
		Page list = this.admin.follow(created);
		assertThat(list.body()).contains("已新建单位“法规室”").contains("法规室");
		long regulations = unitNamed("法规室");
		assertThat(this.units.findById(regulations).orElseThrow().parentId()).isEqualTo(office);

		this.admin.get("/admin/units/" + regulations + "/edit");
		Page renamed = this.admin.post("/admin/units/" + regulations + "/edit",
				Map.of("parentId", String.valueOf(office), "name", "法规研究室", "shortName", "法规室", "kind", "SECTION",
						"sortOrder", "20", "version", "0"));
		assertThat(renamed.redirectPath()).isEqualTo("/admin/units");
		assertThat(this.units.findById(regulations).orElseThrow().name()).isEqualTo("法规研究室");

		this.admin.get("/admin/units");
		this.admin.post("/admin/units/" + regulations + "/delete", Map.of());
		assertThat(this.units.existsById(regulations)).isFalse();
	}

	@Test
	void refusesTwoUnitsOfTheSameNameUnderOneParent() {
		long office = unitNamed("中共江临市委办公室");
		this.admin.get("/admin/units/new?parent=" + office);

		Page answer = this.admin.post("/admin/units/new", Map.of("parentId", String.valueOf(office), "name", "秘书科",
				"shortName", "", "kind", "SECTION", "sortOrder", "abc"));
		Page duplicate = this.admin.post("/admin/units/new", Map.of("parentId", String.valueOf(office), "name", "秘书科",
				"shortName", "", "kind", "SECTION", "sortOrder", "0"));

		assertThat(answer.body()).contains("排序号须为 0～9999 的整数");
		assertThat(duplicate.body()).contains("同一上级单位下已有名为“秘书科”的单位");
	}

	@Test
	void disablesAndEnablesAnAccountFromTheList() {
		Person huiwu3 = this.people.findByLoginName("huiwu3").orElseThrow();
		this.admin.get("/admin/users");

		Page disabled = this.admin.post("/admin/users/" + huiwu3.id() + "/disable", Map.of());

		assertThat(this.admin.follow(disabled).body()).contains("已停用用户“谢宁”");
		assertThat(new WebSession(this.port).login("huiwu3", DemoOfficeTest.PASSWORD).redirectPath())
			.isEqualTo("/login?error");
		this.admin.get("/admin/users");
		this.admin.post("/admin/users/" + huiwu3.id() + "/enable", Map.of());
		assertThat(new WebSession(this.port).login("huiwu3", DemoOfficeTest.PASSWORD).redirectPath()).isEqualTo("/");
	}

	@Test
	void refusesToDisableOrResetTheirOwnAccount() {
		long self = this.people.findByLoginName("sysadmin").orElseThrow().id();
		this.admin.get("/admin/users");

		Page disable = this.admin.post("/admin/users/" + self + "/disable", Map.of());
		assertThat(this.admin.follow(disable).body()).contains("不能停用自己的账户");
		this.admin.get("/admin/users");
		Page reset = this.admin.post("/admin/users/" + self + "/password", Map.of());
		assertThat(this.admin.follow(reset).body()).contains("不能重置自己的密码");
		assertThat(this.admin.get("/admin/users").status()).isEqualTo(200);
	}

	@Test
	void refusesToDeleteAUnitThatStillHasPeople() {

		this.admin.get("/admin/units");

		Page answer = this.admin.post("/admin/units/" + this.secretariat + "/delete", Map.of());

		assertThat(answer.redirectPath()).isEqualTo("/admin/units");
		assertThat(this.admin.get("/admin/units").body()).contains("下还有人员");
		assertThat(this.units.existsById(this.secretariat)).isTrue();
	}

	@Test
	void answersBadApiInputWithA400InChinese() {
		Page missing = this.admin.json("POST", "/api/v1/users", "{\"loginName\":\"lisi\",\"name\":\"\"}");
		Page notJson = this.admin.json("POST", "/api/v1/users", "{name: 张三");
		Page sqlInSort = this.admin.get("/api/v1/users?sort=name;DROP%20TABLE%20person");
		Page hugePage = this.admin.get("/api/v1/users?size=100000");
		Page nobody = this.admin.get("/api/v1/users/999999999");

		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.body()).contains("请填写姓名").contains("请选择所在单位");
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(notJson.body()).contains("不是有效的 JSON");
		assertThat(sqlInSort.status()).isEqualTo(400);
		assertThat(sqlInSort.body()).contains("不支持按");
		assertThat(hugePage.status()).isEqualTo(400);
		assertThat(nobody.status()).isEqualTo(404);
		assertThat(nobody.body()).contains("用户不存在");
		assertThat(this.people.existsByLoginName("lisi")).isFalse();
		assertThat(this.people.count()).isPositive();
	}

	@Test
	void listsTheDirectoryThroughTheApiAPageAtATime() {
		WebSession liaison = new WebSession(this.port);
		liaison.login("lianluo1", DemoOfficeTest.PASSWORD);

		Page page = liaison.get("/api/v1/users?unitId=" + unitNamed("中共江临市委办公室") + "&size=10&sort=name");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("\"totalElements\"").contains("\"size\":10").contains("\"number\":0");
		assertThat(page.body().split("\"loginName\"")).hasSize(11);
		assertThat(page.body()).doesNotContain("password").doesNotContain("totp");
	}

	@Test
	void sortsNamesByPinyin() {
		Page all = this.admin.get("/api/v1/users?sort=name&size=200");

		String body = all.body();
		assertThat(body.indexOf("曹阳")).isLessThan(body.indexOf("陈志明"));
		assertThat(body.indexOf("陈志明")).isLessThan(body.indexOf("邓华"));
		assertThat(body.indexOf("邓华")).isLessThan(body.indexOf("周立新"));
	}

	@Test
	void listsTheLeadersOfAUnitInProtocolOrder() {
		Page leaders = this.admin.get("/api/v1/users?sort=unit&unitId=" + unitNamed("市委领导"));

		String body = leaders.body();
		assertThat(body.indexOf("周立新")).isLessThan(body.indexOf("李卫东"));
		assertThat(body.indexOf("李卫东")).isLessThan(body.indexOf("赵敏"));
		assertThat(body.indexOf("何建华")).isLessThan(body.indexOf("冯晓明"));
	}

	@Test
	void createsAUserThroughTheApiWithItsOneTimePassword() {
		Page created = this.admin.json("POST", "/api/v1/users", """
				{"loginName":"wangwu","name":"王五","unitId":%d,"post":"文秘","title":"","phone":"0731-84567890"}
				""".formatted(this.secretariat));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.header("Location"))
			.endsWith("/api/v1/users/" + this.people.findByLoginName("wangwu").orElseThrow().id());
		assertThat(created.body()).contains("\"temporaryPassword\"").contains("王五");
	}

	private Map<String, String> person(String loginName, String name, String phone) {
		Map<String, String> form = new HashMap<>();
		form.put("loginName", loginName);
		form.put("name", name);
		form.put("unitId", String.valueOf(this.secretariat));
		form.put("post", "文秘");
		form.put("title", "");
		form.put("phone", phone);
		return form;
	}

	private long unitNamed(String name) {
		return this.units.findAll().stream().filter((unit) -> unit.name().equals(name)).findFirst().orElseThrow().id();
	}

}
