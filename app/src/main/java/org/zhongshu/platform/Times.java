package org.zhongshu.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Moments shown to people, in the office's time zone: {@code ${@times.minute(instant)}}.
 */
@Component("times")
class Times {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final Clock clock;

	Times(Clock clock) {
		this.clock = clock;
	}

	public String minute(@Nullable Instant instant) {
		return (instant != null) ? MINUTE.format(instant.atZone(this.clock.getZone())) : "";
	}

	public String second(@Nullable Instant instant) {
		return (instant != null) ? SECOND.format(instant.atZone(this.clock.getZone())) : "";
	}

}
