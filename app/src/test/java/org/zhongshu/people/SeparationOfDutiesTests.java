package org.zhongshu.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.DemoOfficeTest;
import org.zhongshu.platform.RefusedException;
import org.zhongshu.platform.WebSession;
import org.zhongshu.platform.WebSession.Page;

/**
 * 三员分立: the system administrator, the security administrator and the auditor each reach
 * their own duty and nothing else; no person holds one of these roles together with
 * another; every refusal is audited.
 */
@DemoOfficeTest
class SeparationOfDutiesTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	PeopleManagement management;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	TestPeople testPeople;

	@BeforeEach
	void setUp() {
		this.testPeople = new TestPeople(this.context);
	}

	@ParameterizedTest(name = "{0} reaches {1}: {2}")
	@CsvSource({ "sysadmin, /admin/users, 200", "sysadmin, /admin/units, 200", "sysadmin, /admin/grants, 403",
			"sysadmin, /audit, 403", "secadmin, /admin/grants, 200", "secadmin, /admin/users, 403",
			"secadmin, /admin/units, 403", "secadmin, /audit, 403", "auditor, /audit, 200",
			"auditor, /admin/users, 403", "auditor, /admin/units, 403", "auditor, /admin/grants, 403",
			"wenmi, /admin/users, 403", "wenmi, /admin/grants, 403", "wenmi, /audit, 403", "shuji, /audit, 403" })
	void eachAdministratorReachesOnlyTheirOwnDuty(String loginName, String page, int status) {
		WebSession browser = demo(loginName);

		Page answer = browser.get(page);

		assertThat(answer.status()).isEqualTo(status);
		if (status == 403) {
			assertThat(answer.body()).contains("无权访问");
		}
	}

	@Test
	void theApiRefusesTheSameWay() {
		WebSession auditor = demo("auditor");
		Page create = auditor.json("POST", "/api/v1/users",
				"{\"loginName\":\"refusedbyrole\",\"name\":\"张三\",\"unitId\":1,\"post\":\"\",\"title\":\"\",\"phone\":\"\"}");
		WebSession sysadmin = demo("sysadmin");
		sysadmin.get("/");
		long wenmi = this.people.findByLoginName("wenmi").orElseThrow().id();
		Page grant = sysadmin.json("PUT", "/api/v1/users/" + wenmi + "/grants",
				"{\"roles\":[\"LEADER\"],\"clearance\":\"SECRET\"}");

		assertThat(create.status()).isEqualTo(403);
		assertThat(create.header("Content-Type")).contains("application/problem+json");
		assertThat(create.body()).contains("无权");
		assertThat(grant.status()).isEqualTo(403);
		assertThat(this.people.findByLoginName("wenmi").orElseThrow().roles()).containsExactly(Role.SECRETARY);
		assertThat(this.people.existsByLoginName("refusedbyrole")).isFalse();
	}

	@Test
	void recordsEveryRefusalForTheAuditor() {
		long before = refusals("secadmin");

		demo("secadmin").get("/audit");

		assertThat(refusals("secadmin")).isEqualTo(before + 1);
	}

	@Test
	void noPersonHoldsAnAdministratorRoleWithAnyOther() {
		Person person = this.testPeople.ready();
		var secadmin = this.people.findByLoginName("secadmin").orElseThrow().asCurrentUser("");

		for (EnumSet<Role> roles : java.util.List.of(EnumSet.of(Role.SYSTEM_ADMIN, Role.AUDITOR),
				EnumSet.of(Role.SECURITY_ADMIN, Role.AUDITOR), EnumSet.of(Role.AUDITOR, Role.SECRETARY),
				EnumSet.of(Role.SYSTEM_ADMIN, Role.LEADER))) {
			assertThatThrownBy(() -> this.management.grant(person.id(), null, roles, Classification.PUBLIC, secadmin))
				.isInstanceOf(RefusedException.class)
				.hasMessageContaining("三员分立");
		}
		assertThat(this.people.findById(person.id()).orElseThrow().roles()).isEmpty();
	}

	@Test
	void theSecurityAdministratorCannotChangeTheirOwnGrants() {
		WebSession secadmin = demo("secadmin");
		long self = this.people.findByLoginName("secadmin").orElseThrow().id();
		secadmin.get("/admin/grants/" + self);

		Page answer = secadmin.post("/admin/grants/" + self,
				Map.of("roles", "SECURITY_ADMIN", "_roles", "on", "clearance", "SECRET"));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("不能调整自己的角色和密级");
		assertThat(this.people.findById(self).orElseThrow().clearance()).isEqualTo(Classification.PUBLIC);
	}

	@Test
	void refusesRolesAndClearancesThatDoNotExist() {
		Person person = this.testPeople.ready(Role.DUTY);
		WebSession secadmin = demo("secadmin");
		secadmin.get("/admin/grants/" + person.id());

		Page answer = secadmin.post("/admin/grants/" + person.id(),
				Map.of("roles", "ROOT", "_roles", "on", "clearance", "TOP_SECRET"));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("所选角色不存在").contains("所选密级不存在");
		Person unchanged = this.people.findById(person.id()).orElseThrow();
		assertThat(unchanged.roles()).containsExactly(Role.DUTY);
		assertThat(unchanged.clearance()).isEqualTo(Classification.INTERNAL);
	}

	@Test
	void theSecurityAdministratorGrantsRolesAndTheHolderMustSignInAgain() {
		Person person = this.testPeople.ready();
		WebSession holder = new WebSession(this.port);
		holder.login(person.loginName(), TestPeople.PASSWORD);
		assertThat(holder.get("/").status()).isEqualTo(200);
		WebSession secadmin = demo("secadmin");
		secadmin.get("/admin/grants/" + person.id());

		Page saved = secadmin.post("/admin/grants/" + person.id(),
				Map.of("roles", "SUPERVISION", "_roles", "on", "clearance", "CONFIDENTIAL"));

		assertThat(saved.redirectPath()).isEqualTo("/admin/grants");
		Person granted = this.people.findById(person.id()).orElseThrow();
		assertThat(granted.roles()).containsExactly(Role.SUPERVISION);
		assertThat(granted.clearance()).isEqualTo(Classification.CONFIDENTIAL);
		assertThat(holder.get("/").status()).isEqualTo(302);
	}

	private WebSession demo(String loginName) {
		WebSession browser = new WebSession(this.port);
		assertThat(browser.login(loginName, DemoOfficeTest.PASSWORD).redirectPath()).isEqualTo("/");
		return browser;
	}

	private long refusals(String actor) {
		return this.jdbc.sql("SELECT count(*) FROM audit_event WHERE event = 'ACCESS_REFUSED' AND actor = :actor")
			.param("actor", actor)
			.query(Long.class)
			.single();
	}

}
