package org.zhongshu.platform;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.zhongshu.Zhongshu;

/**
 * Another node of the application on the test application's database, as a second server
 * of the same office runs: the demo office on, its own random port, schedules off unless
 * the arguments say otherwise.
 */
public final class SecondNode {

	private SecondNode() {
	}

	/**
	 * @param first the test application's context, whose database the node uses
	 * @param arguments further command-line arguments
	 * @return the running node; close it to stop it
	 */
	public static ConfigurableApplicationContext start(ApplicationContext first, String... arguments) {
		EmbeddedDatabase database = first.getBean(EmbeddedDatabase.class);
		List<String> all = new ArrayList<>(
				List.of("--server.port=0", "--zhongshu.demo=true", "--zhongshu.reminders.cron=-",
						"--zhongshu.events.prune-cron=-", "--zhongshu.db.url=" + database.jdbcUrl(),
						"--zhongshu.db.user=" + database.user(), "--zhongshu.db.password=" + database.password()));
		all.addAll(List.of(arguments));
		return new SpringApplicationBuilder(Zhongshu.class).run(all.toArray(String[]::new));
	}

	/**
	 * @return the port the node serves on
	 */
	public static int port(ConfigurableApplicationContext node) {
		return Integer.parseInt(node.getEnvironment().getProperty("local.server.port", "0"));
	}

}
