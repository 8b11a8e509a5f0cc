package org.zhongshu.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhongshu.platform.Classification;

/**
 * A 督办事项.
 *
 * @param id its id
 * @param source where it comes from
 * @param sourceDocument the 收文 a leader's instruction was given on, if it came from one
 * @param sourceReference the 收文号 or 文号 it refers to, or empty
 * @param title what it is about
 * @param content the instruction, decision or task as written
 * @param leader the 责任领导
 * @param classification its 密级
 * @param proposedUnits the units the instruction named, as the 督查室 is to assign them
 * @param proposedDeadline the deadline the instruction gave
 * @param createdBy who entered it, empty when it came from a 收文
 * @param createdAt when
 */
record Item(UUID id, Source source, @Nullable UUID sourceDocument, String sourceReference, String title, String content,
		String leader, Classification classification, List<String> proposedUnits, @Nullable LocalDate proposedDeadline,
		String createdBy, Instant createdAt) {

	Item {
		proposedUnits = List.copyOf(proposedUnits);
	}

}
