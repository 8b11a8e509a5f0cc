package org.zhongshu.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port with the demo committee office loaded and a
 * clock tests can move; schedules do not run by themselves, tests run them. All test
 * classes carrying it share one application and one database, so each test works with
 * accounts of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "zhongshu.demo=true", "zhongshu.reminders.cron=-", "zhongshu.events.prune-cron=-" })
@Import(TestClockConfiguration.class)
public @interface DemoOfficeTest {

	/** The password of every demo account. */
	String PASSWORD = "Demo@2026";

}
