package org.zhongshu.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.zhongshu.platform.DemoOfficeTest;
import org.zhongshu.platform.MutableClock;
import org.zhongshu.platform.WebSession;
import org.zhongshu.platform.WebSession.Page;

/**
 * Login security as 等保 2.0 level 3 expects it, tried over real HTTP against the running
 * application.
 */
@DemoOfficeTest
class LoginSecurityTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	PeopleManagement management;

	@Autowired
	People people;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	TestPeople testPeople;

	@BeforeEach
	void setUp() {
		this.testPeople = new TestPeople(this.context);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void signsInWithTheRightPasswordAndLandsOnTheWorkbench() {
		Person person = this.testPeople.ready(Role.SECRETARY);
		WebSession browser = session();

		Page answer = browser.login(person.loginName(), TestPeople.PASSWORD);

		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.redirectPath()).isEqualTo("/");
		Page workbench = browser.follow(answer);
		assertThat(workbench.status()).isEqualTo(200);
		assertThat(workbench.body()).contains("测试用户").contains("待办");
		assertThat(browser.get("/login").redirectPath()).isEqualTo("/");
	}

	@Test
	void refusesWrongPasswordsUnknownUsersLockedAndDisabledAccountsAlike() {
		Person wrong = this.testPeople.ready();
		Person locked = this.testPeople.ready();
		Person disabled = this.testPeople.ready();
		for (int i = 0; i < 5; i++) {
			session().login(locked.loginName(), "Wrong#Pass1");
		}
		this.management.disable(disabled.id(), adminUser());

		Page wrongPassword = session().login(wrong.loginName(), "Wrong#Pass1");
		Page unknownUser = session().login("nobody-here", TestPeople.PASSWORD);
		Page lockedAccount = session().login(locked.loginName(), TestPeople.PASSWORD);
		Page disabledAccount = session().login(disabled.loginName(), TestPeople.PASSWORD);

		for (Page refusal : new Page[] { wrongPassword, unknownUser, lockedAccount, disabledAccount }) {
			assertThat(refusal.status()).isEqualTo(302);
			assertThat(refusal.redirectPath()).isEqualTo("/login?error");
		}
		WebSession browser = session();
		Page shown = browser.follow(browser.login(wrong.loginName(), "Wrong#Pass1"));
		assertThat(shown.body()).contains(LoginRefusedException.MESSAGE).doesNotContain("锁定至").doesNotContain("停用");
	}

	@Test
	void locksAfterFiveWrongPasswordsEvenForTheRightOneUntilThirtyMinutesHavePassed() {
		Person person = this.testPeople.ready();
		for (int i = 0; i < 4; i++) {
			session().login(person.loginName(), "Wrong#Pass" + i);
		}
		assertThat(this.testPeople.credentialOf(person).isLockedAt(this.clock.instant())).isFalse();

		session().login(person.loginName(), "Wrong#Pass5");

		assertThat(this.testPeople.credentialOf(person).isLockedAt(this.clock.instant())).isTrue();
		assertThat(session().login(person.loginName(), TestPeople.PASSWORD).redirectPath()).isEqualTo("/login?error");
		this.clock.advance(Duration.ofMinutes(29));
		assertThat(session().login(person.loginName(), TestPeople.PASSWORD).redirectPath()).isEqualTo("/login?error");
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(session().login(person.loginName(), TestPeople.PASSWORD).redirectPath()).isEqualTo("/");
		assertThat(auditCount("ACCOUNT_LOCKED", person.loginName())).isEqualTo(1);
	}

	@Test
	void aSuccessfulLoginStartsTheCountAgain() {
		Person person = this.testPeople.ready();
		for (int i = 0; i < 4; i++) {
			session().login(person.loginName(), "Wrong#Pass" + i);
		}
		assertThat(session().login(person.loginName(), TestPeople.PASSWORD).redirectPath()).isEqualTo("/");
		for (int i = 0; i < 4; i++) {
			session().login(person.loginName(), "Wrong#Pass" + i);
		}

		assertThat(this.testPeople.credentialOf(person).isLockedAt(this.clock.instant())).isFalse();
		assertThat(session().login(person.loginName(), TestPeople.PASSWORD).redirectPath()).isEqualTo("/");
	}

	@Test
	void theAdministratorUnlocksALockedAccount() {
		Person person = this.testPeople.ready();
		for (int i = 0; i < 5; i++) {
			session().login(person.loginName(), "Wrong#Pass" + i);
		}

		this.management.unlock(person.id());

		assertThat(session().login(person.loginName(), TestPeople.PASSWORD).redirectPath()).isEqualTo("/");
	}

	@Test
	void givesANewSessionIdAtLogin() {
		Person person = this.testPeople.ready();
		WebSession browser = session();
		browser.get("/login");
		String before = browser.sessionId().orElseThrow();

		browser.post("/login", Map.of("username", person.loginName(), "password", TestPeople.PASSWORD));

		assertThat(browser.sessionId()).isPresent().get().isNotEqualTo(before);
	}

	@Test
	void refusesUnsafeRequestsWithoutTheCsrfToken() {
		Person person = this.testPeople.ready();
		WebSession browser = signedIn(person);
		browser.get("/account/password");

		Page form = browser.postRaw("/account/password",
				Map.of("current", TestPeople.PASSWORD, "newPassword", "Lushan#2027x", "confirmation", "Lushan#2027x"));
		Page api = browser.postRaw("/logout", Map.of());

		assertThat(form.status()).isEqualTo(403);
		assertThat(form.body()).contains("安全令牌");
		assertThat(api.status()).isEqualTo(403);
		assertThat(this.passwords.matches(TestPeople.PASSWORD, this.testPeople.credentialOf(person).passwordHash()))
			.isTrue();
	}

	@Test
	void endsASessionIdleForThirtyMinutes() {
		Person person = this.testPeople.ready();
		WebSession browser = signedIn(person);
		assertThat(browser.get("/").status()).isEqualTo(200);

		this.jdbc
			.sql("UPDATE spring_session SET last_access_time = last_access_time - :idle WHERE principal_name = :name")
			.param("idle", Duration.ofMinutes(31).toMillis())
			.param("name", person.loginName())
			.update();

		Page after = browser.get("/");
		assertThat(after.status()).isEqualTo(302);
		assertThat(after.redirectPath()).isEqualTo("/login?expired");
	}

	@Test
	void endsASessionAfterTwelveHoursHoweverActive() {
		Person person = this.testPeople.ready();
		WebSession browser = signedIn(person);
		this.clock.advance(Duration.ofHours(11));
		assertThat(browser.get("/").status()).isEqualTo(200);

		this.clock.advance(Duration.ofHours(1).plusMinutes(1));

		Page after = browser.get("/");
		assertThat(after.redirectPath()).isEqualTo("/login?expired");
		assertThat(sessionsOf(person)).isZero();
		assertThat(auditCount("LOGOUT", person.loginName())).isEqualTo(1);
	}

	@Test
	void answersTheApiWithAChineseProblemWhenTheSessionOutlivedTwelveHours() {
		Person person = this.testPeople.ready();
		WebSession phone = signedIn(person);
		this.clock.advance(Duration.ofHours(12).plusMinutes(1));

		Page todos = phone.json("GET", "/api/v1/todos", "");

		assertThat(todos.status()).isEqualTo(401);
		assertThat(todos.header("Content-Type")).contains("application/problem+json");
		assertThat(todos.body()).contains("登录已超过最长时限，请重新登录。");
		assertThat(sessionsOf(person)).isZero();
	}

	@Test
	void logoutEndsTheSession() {
		Person person = this.testPeople.ready();
		WebSession browser = signedIn(person);

		Page logout = browser.post("/logout", Map.of());

		assertThat(logout.redirectPath()).isEqualTo("/login?logout");
		assertThat(browser.get("/").status()).isEqualTo(302);
		assertThat(sessionsOf(person)).isZero();
		assertThat(auditCount("LOGOUT", person.loginName())).isEqualTo(1);
	}

	@Test
	void disablingAPersonEndsAllTheirSessions() {
		Person person = this.testPeople.ready();
		WebSession desk = signedIn(person);
		WebSession phone = signedIn(person);
		assertThat(sessionsOf(person)).isEqualTo(2);

		this.management.disable(person.id(), adminUser());

		assertThat(desk.get("/").status()).isEqualTo(302);
		assertThat(phone.get("/").status()).isEqualTo(302);
		assertThat(sessionsOf(person)).isZero();
	}

	@Test
	void aResetPasswordMustBeChangedAtTheNextLogin() {
		Person person = this.testPeople.ready();
		String temporary = this.management.resetPassword(person.id(), adminUser());
		WebSession browser = session();

		Page login = browser.login(person.loginName(), temporary);

		assertThat(login.redirectPath()).isEqualTo("/account/password");
		assertThat(browser.get("/").redirectPath()).isEqualTo("/account/password");
		Page form = browser.get("/account/password");
		assertThat(form.body()).contains("密码已被管理员重置");
		Page changed = browser.post("/account/password",
				Map.of("current", temporary, "newPassword", "Lushan#2027x", "confirmation", "Lushan#2027x"));
		assertThat(changed.redirectPath()).isEqualTo("/");
		assertThat(browser.get("/").status()).isEqualTo(200);
	}

	@Test
	void refusesANewPasswordAgainstThePolicyAndSaysWhy() {
		Person person = this.testPeople.ready();
		WebSession browser = signedIn(person);
		browser.get("/account/password");

		Page answer = browser.post("/account/password",
				Map.of("current", TestPeople.PASSWORD, "newPassword", "P@ssw0rd", "confirmation", "P@ssw0rd"));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("is-invalid").contains("常见密码");
		assertThat(this.passwords.matches(TestPeople.PASSWORD, this.testPeople.credentialOf(person).passwordHash()))
			.isTrue();
	}

	@Test
	void changesTheirOwnPasswordFromTheAccountPage() {
		Person person = this.testPeople.ready();
		WebSession browser = signedIn(person);
		browser.get("/account/password");

		Page changed = browser.post("/account/password", Map.of("current", TestPeople.PASSWORD, "newPassword",
				"Yuelu#Shan2027", "confirmation", "Yuelu#Shan2027"));

		assertThat(changed.redirectPath()).isEqualTo("/account");
		assertThat(browser.follow(changed).body()).contains("密码已修改");
		assertThat(session().login(person.loginName(), "Yuelu#Shan2027").redirectPath()).isEqualTo("/");
		assertThat(session().login(person.loginName(), TestPeople.PASSWORD).redirectPath()).isEqualTo("/login?error");
	}

	@Test
	void aPersonRemovesTheirOptionalSecondFactorWithTheirPassword() {
		Person person = this.testPeople.ready();
		WebSession browser = signedIn(person);
		enrolSecondFactor(browser);
		assertThat(this.testPeople.credentialOf(person).hasSecondFactor()).isTrue();

		browser.get("/account");
		Page wrong = browser.post("/account/second-factor/remove", Map.of("password", "Wrong#Pass1"));
		assertThat(browser.follow(wrong).body()).contains("密码不正确，未解除绑定");
		browser.get("/account");
		browser.post("/account/second-factor/remove", Map.of("password", TestPeople.PASSWORD));

		assertThat(this.testPeople.credentialOf(person).hasSecondFactor()).isFalse();
		assertThat(session().login(person.loginName(), TestPeople.PASSWORD).redirectPath()).isEqualTo("/");
	}

	@Test
	void theSecurityAdministratorResetsALostSecondFactor() {
		Person person = this.testPeople.ready();
		WebSession owner = signedIn(person);
		enrolSecondFactor(owner);
		WebSession secadmin = session();
		secadmin.login("secadmin", DemoOfficeTest.PASSWORD);
		secadmin.get("/admin/grants/" + person.id());

		Page reset = secadmin.post("/admin/grants/" + person.id() + "/second-factor/reset", Map.of());

		assertThat(secadmin.follow(reset).body()).contains("已重置");
		assertThat(this.testPeople.credentialOf(person).hasSecondFactor()).isFalse();
		assertThat(owner.get("/").status()).isEqualTo(302);
		assertThat(session().login(person.loginName(), TestPeople.PASSWORD).redirectPath()).isEqualTo("/");
	}

	@Test
	void anExpiredPasswordMustBeChanged() {

		Person person = this.testPeople.ready();
		this.clock.advance(Duration.ofDays(91));
		WebSession browser = session();

		assertThat(browser.login(person.loginName(), TestPeople.PASSWORD).redirectPath())
			.isEqualTo("/account/password");
		assertThat(browser.get("/account/password").body()).contains("超过 90 天");
	}

	@Test
	void administratorsEnrolASecondFactorAndThenNeedItAtEveryLogin() {
		NewAccount account = this.testPeople.withTemporaryPassword(Role.AUDITOR);
		String loginName = account.person().loginName();
		WebSession browser = session();

		assertThat(browser.login(loginName, account.temporaryPassword()).redirectPath()).isEqualTo("/account/password");
		browser.get("/account/password");
		Page changed = browser.post("/account/password", Map.of("current", account.temporaryPassword(), "newPassword",
				"Lushan#2027x", "confirmation", "Lushan#2027x"));
		assertThat(changed.redirectPath()).isEqualTo("/account/second-factor");
		assertThat(browser.get("/").redirectPath()).isEqualTo("/account/second-factor");
		String secret = secretShownOn(browser.get("/account/second-factor"));
		assertThat(browser.post("/account/second-factor", Map.of("code", wrongCode(secret, 0))).body())
			.contains("动态口令不正确");
		Page enrolled = browser.post("/account/second-factor", Map.of("code", code(secret, 0)));
		assertThat(enrolled.redirectPath()).isEqualTo("/");
		assertThat(browser.get("/").status()).isEqualTo(200);

		this.clock.advance(Duration.ofSeconds(30));
		WebSession later = session();
		assertThat(later.login(loginName, "Lushan#2027x").redirectPath()).isEqualTo("/login/second-factor");
		assertThat(later.get("/audit").redirectPath()).isEqualTo("/login/second-factor");
		later.get("/login/second-factor");
		assertThat(later.post("/login/second-factor", Map.of("code", wrongCode(secret, 1))).body()).contains("动态口令不正确");
		String code = code(secret, 0);
		assertThat(later.post("/login/second-factor", Map.of("code", code)).redirectPath()).isEqualTo("/");

		WebSession replay = session();
		replay.login(loginName, "Lushan#2027x");
		replay.get("/login/second-factor");
		assertThat(replay.post("/login/second-factor", Map.of("code", code)).body()).contains("动态口令不正确");
	}

	@Test
	void wrongSecondFactorCodesLockTheAccountToo() {
		Person person = this.testPeople.ready();
		String secret = enrolSecondFactor(signedIn(person));
		WebSession thief = session();
		thief.login(person.loginName(), TestPeople.PASSWORD);
		thief.get("/login/second-factor");

		Page last = null;
		for (int i = 0; i < 5; i++) {
			last = thief.post("/login/second-factor", Map.of("code", wrongCode(secret, i)));
		}

		assertThat(last.redirectPath()).isEqualTo("/login?error");
		assertThat(this.testPeople.credentialOf(person).isLockedAt(this.clock.instant())).isTrue();
	}

	@Test
	void sendsTheSecurityHeaders() {
		Page login = session().get("/login");

		assertThat(login.header("Content-Security-Policy")).contains("script-src 'self'")
			.contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline")
			.doesNotContain("unsafe-eval");
		assertThat(login.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(login.body()).doesNotContain("<script>").doesNotContain("style=\"");
	}

	private WebSession session() {
		return new WebSession(this.port);
	}

	private WebSession signedIn(Person person) {
		WebSession browser = session();
		assertThat(browser.login(person.loginName(), TestPeople.PASSWORD).redirectPath()).isEqualTo("/");
		return browser;
	}

	private org.zhongshu.platform.CurrentUser adminUser() {
		Person admin = this.people.findByLoginName("sysadmin").orElseThrow();
		return admin.asCurrentUser("");
	}

	private long sessionsOf(Person person) {
		return this.jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = :name")
			.param("name", person.loginName())
			.query(Long.class)
			.single();
	}

	private long auditCount(String event, String actor) {
		return this.jdbc.sql("SELECT count(*) FROM audit_event WHERE event = :event AND actor = :actor")
			.param("event", event)
			.param("actor", actor)
			.query(Long.class)
			.single();
	}

	/**
	 * Enrols an authenticator app as a person would: reads the secret off the page and
	 * types the current code.
	 */
	private String enrolSecondFactor(WebSession browser) {
		String secret = secretShownOn(browser.get("/account/second-factor"));
		assertThat(browser.post("/account/second-factor", Map.of("code", code(secret, 0))).redirectPath())
			.isEqualTo("/account");
		return secret;
	}

	private static String secretShownOn(Page page) {
		Matcher matcher = Pattern.compile("id=\"secret\">([A-Z2-7 ]+)<").matcher(page.body());
		assertThat(matcher.find()).as("the page shows the secret").isTrue();
		return matcher.group(1).replace(" ", "");
	}

	/**
	 * @return the n-th six-digit code that no step near now accepts, as a guesser would
	 * type
	 */
	private String wrongCode(String secret, int n) {
		List<String> valid = IntStream.rangeClosed(-2, 2).mapToObj((offset) -> code(secret, offset)).toList();
		return IntStream.range(0, 1_000_000)
			.mapToObj((candidate) -> "%06d".formatted(candidate))
			.filter((candidate) -> !valid.contains(candidate))
			.skip(n)
			.findFirst()
			.orElseThrow();
	}

	private String code(String secret, int stepOffset) {
		long step = Math.floorDiv(this.clock.instant().getEpochSecond(), 30) + stepOffset;
		try {
			return new DefaultCodeGenerator().generate(secret, step);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
