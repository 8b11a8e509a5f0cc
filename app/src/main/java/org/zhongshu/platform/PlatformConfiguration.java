package org.zhongshu.platform;

import java.time.Clock;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The office's clock, the schedules modules run by it (such as 催办), and the 工作台's place
 * in the navigation.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PlatformConfiguration {

	/**
	 * Every module takes the time from this clock, so that tests can move it (lockouts,
	 * expiries, deadlines).
	 */
	@Bean
	Clock clock(ZhongshuProperties properties) {
		return Clock.system(properties.timeZone());
	}

	@Bean
	NavigationItem workbenchNavigation() {
		return new NavigationItem("工作台", "/", "house-door", 0, Set.of());
	}

}
