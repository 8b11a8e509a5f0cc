package org.zhongshu.platform;

import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the office's clock with one tests can move.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

	@Bean
	@Primary
	public MutableClock mutableClock() {
		return new MutableClock(ZoneId.of("Asia/Shanghai"));
	}

}
