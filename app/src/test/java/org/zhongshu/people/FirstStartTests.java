package org.zhongshu.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.zhongshu.Zhongshu;
import org.zhongshu.platform.WebSession;

/**
 * What a new office gets on first start, outside demo mode: the system administrator
 * alone, with no password anybody could know, and data that is still there on the next
 * start.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstStartTests {

	private static final Pattern PRINTED_PASSWORD = Pattern.compile("初始密码：(\\S+)");

	@TempDir
	Path home;

	@Test
	void printsARandomPasswordOnceAndKeepsTheAdministratorAcrossRestarts(CapturedOutput output) {
		String password;
		try (ConfigurableApplicationContext first = start()) {
			Matcher printed = PRINTED_PASSWORD.matcher(output.getOut());
			assertThat(printed.find()).as("the first start prints the password").isTrue();
			password = printed.group(1);
			People people = first.getBean(People.class);
			assertThat(people.count()).isOne();
			Person administrator = people.findByLoginName(FirstStart.ADMINISTRATOR).orElseThrow();
			assertThat(administrator.roles()).containsExactly(Role.SYSTEM_ADMIN);
			assertThat(administrator.isDemo()).isFalse();
		}
		int printedBefore = output.getOut().split("初始密码").length;

		try (ConfigurableApplicationContext second = start()) {
			assertThat(output.getOut().split("初始密码")).hasSize(printedBefore);
			WebSession browser = new WebSession(port(second));
			assertThat(browser.login(FirstStart.ADMINISTRATOR, password).redirectPath()).isEqualTo("/account/password");
			assertThat(new WebSession(port(second)).login("wenmi", "Demo@2026").redirectPath())
				.isEqualTo("/login?error");

		}
	}

	@Test
	void takesTheAdministratorPasswordFromTheEnvironmentAndStillForcesAChange(CapturedOutput output) {
		try (ConfigurableApplicationContext context = start("--zhongshu.admin-password=Changsha#Office9")) {
			assertThat(output.getOut()).doesNotContain("初始密码");
			WebSession browser = new WebSession(port(context));

			assertThat(browser.login(FirstStart.ADMINISTRATOR, "Changsha#Office9").redirectPath())
				.isEqualTo("/account/password");
		}
	}

	@Test
	void theSystemAdministratorAppointsTheFirstSecurityAdministratorOnce() {
		try (ConfigurableApplicationContext context = start("--zhongshu.admin-password=Changsha#Office9")) {
			PeopleManagement management = context.getBean(PeopleManagement.class);
			long unit = management.orgTree().entries().get(0).unit().id();
			NewAccount first = management.createPerson(new LoginName("baomi"),
					new Person.Profile("保密员", unit, "", "", "", Person.Profile.DEFAULT_SORT_ORDER));
			NewAccount second = management.createPerson(new LoginName("baomi2"),
					new Person.Profile("另一位保密员", unit, "", "", "", Person.Profile.DEFAULT_SORT_ORDER));

			management.appointFirstSecurityAdministrator(first.person().id());

			assertThat(management.person(first.person().id()).roles()).containsExactly(Role.SECURITY_ADMIN);
			assertThatThrownBy(() -> management.appointFirstSecurityAdministrator(second.person().id()))
				.hasMessageContaining("已有安全保密管理员");
			assertThat(management.person(second.person().id()).roles()).isEmpty();
		}
	}

	@Test
	void loadsTheDemoOnlyIntoAnEmptyDatabase(CapturedOutput output) {
		start("--zhongshu.admin-password=Changsha#Office9").close();

		try (ConfigurableApplicationContext demo = start("--zhongshu.demo=true")) {
			assertThat(output.getOut()).contains("数据库中已有数据，未加载演示组织机构");
			assertThat(demo.getBean(People.class).existsByLoginName("wenmi")).isFalse();
		}
	}

	@Test
	void refusesToStartWithAWeakAdministratorPassword() {

		assertThatThrownBy(() -> start("--zhongshu.admin-password=admin123").close())
			.hasStackTraceContaining("ZHONGSHU_ADMIN_PASSWORD 不符合密码规则");
	}

	@Test
	void demoAccountsDoNotSignInOutsideDemoMode() {
		try (ConfigurableApplicationContext context = start("--zhongshu.admin-password=Changsha#Office9")) {
			People people = context.getBean(People.class);
			Person administrator = people.findByLoginName(FirstStart.ADMINISTRATOR).orElseThrow();
			Person leftover = new Person(new LoginName("shuji"),
					new Person.Profile("周立新", administrator.unitId(), "", "市委书记", "", 0), Instant.now());
			leftover.markAsDemo();
			leftover = people.save(leftover);
			context.getBean(Credentials.class)
				.create(leftover.id(), context.getBean(PasswordEncoder.class).encode("Demo@2026"), Instant.now(),
						false);

			assertThat(new WebSession(port(context)).login("shuji", "Demo@2026").redirectPath())
				.isEqualTo("/login?error");
		}
	}

	private ConfigurableApplicationContext start(String... arguments) {
		String[] all = new String[arguments.length + 3];
		all[0] = "--zhongshu.home=" + this.home;
		all[1] = "--zhongshu.db.ephemeral=false";
		all[2] = "--server.port=0";
		System.arraycopy(arguments, 0, all, 3, arguments.length);
		return new SpringApplicationBuilder(Zhongshu.class).run(all);
	}

	private static int port(ConfigurableApplicationContext context) {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
	}

}
