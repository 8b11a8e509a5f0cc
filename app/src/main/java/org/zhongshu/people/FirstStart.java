package org.zhongshu.people;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhongshu.platform.ZhongshuProperties;

/**
 * What an empty database gets on first start: the demo organisation in demo mode,
 * otherwise the system administrator alone, with the password from
 * {@code ZHONGSHU_ADMIN_PASSWORD} or a random one printed once. There is no account with
 * a known password. Several nodes starting at once agree through a database lock.
 */
@Component
class FirstStart implements ApplicationRunner {

	static final String ADMINISTRATOR = "sysadmin";

	/**
	 * The advisory lock that lets one node at a time look at an empty database
	 * ("zhongshu" in ASCII).
	 */
	private static final long LOCK = 0x7a68_6f6e_6773_6875L;

	private static final Logger logger = LoggerFactory.getLogger(FirstStart.class);

	private final People people;

	private final PeopleManagement management;

	private final DemoOrganisation demo;

	private final ZhongshuProperties properties;

	private final String administratorPassword;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	FirstStart(People people, PeopleManagement management, DemoOrganisation demo, ZhongshuProperties properties,
			@Value("${zhongshu.admin-password:}") String administratorPassword, JdbcClient jdbc,
			TransactionTemplate transactions) {
		this.people = people;
		this.management = management;
		this.demo = demo;
		this.properties = properties;
		this.administratorPassword = administratorPassword;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", LOCK).query().singleRow();
			if (this.people.count() > 0) {
				if (this.properties.demo() && !this.people.existsByDemoTrue()) {
					logger.warn("数据库中已有数据，未加载演示组织机构。演示模式只在空数据库上加载演示数据。");
				}
				return;
			}
			if (this.properties.demo()) {
				this.demo.load();
				logger.info("已加载演示组织机构，演示账户密码均为 {}。", DemoOrganisation.PASSWORD);
			}
			else {
				createAdministrator();
			}
		});
	}

	private void createAdministrator() {
		if (this.administratorPassword.isBlank()) {
			NewAccount account = this.management.createFirstAdministrator(ADMINISTRATOR, null);
			System.out.println("""

					==================================================================
					 中枢首次启动：已创建系统管理员
					   登录名：%s
					   初始密码：%s
					 此密码只显示这一次。首次登录须修改密码并绑定动态口令。
					==================================================================
					""".formatted(ADMINISTRATOR, account.temporaryPassword()));
		}
		else {
			this.management.createFirstAdministrator(ADMINISTRATOR, this.administratorPassword);
			logger.info("已创建系统管理员 {}，密码取自 ZHONGSHU_ADMIN_PASSWORD，首次登录须修改。", ADMINISTRATOR);
		}
	}

}
