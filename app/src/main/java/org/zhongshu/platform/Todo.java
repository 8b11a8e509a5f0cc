package org.zhongshu.platform;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Something waiting for a person in the 工作台: a task to act on, something to read, or a
 * notice; or something they did lately.
 *
 * @param source the module it comes from, as users name it (公文, 督查督办, 账户安全 …)
 * @param kind whether it asks for action, for reading, or only informs
 * @param title what it is about
 * @param href where to deal with it
 * @param since when it arrived, or for what was done, when; if that matters
 * @param due when it must be done, if there is a deadline
 */
public record Todo(String source, Kind kind, String title, String href, @Nullable Instant since,
		@Nullable LocalDate due) {

	public enum Kind {

		/** 待办: waits for the person to act. */
		ACTION,

		/** 待阅: waits for the person to read. */
		READ,

		/** 提醒: only informs. */
		NOTICE,

		/** 已办: what the person did lately, to look back at. */
		DONE

	}

	/**
	 * @param today the office's current date
	 * @return whether the deadline has passed
	 */
	public boolean overdueOn(LocalDate today) {
		return this.due != null && this.due.isBefore(today);
	}

}
