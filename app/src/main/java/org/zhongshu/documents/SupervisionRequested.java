package org.zhongshu.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.zhongshu.platform.Classification;

/**
 * A leader's 批示 on a 收文 was marked for supervision (列入督办): the 督查室 is to follow it until
 * the handling units have done it. Published in the transaction of the 批办.
 *
 * @param document the 收文's id
 * @param title its title
 * @param receiptNumber its 收文号
 * @param classification its 密级
 * @param leader the name of the leader who gave the instruction
 * @param instruction the instruction (批示) as written
 * @param handlingUnits the names of the units that are to handle it
 * @param deadline when they must have done it
 * @param instructedAt when the leader gave it
 */
public record SupervisionRequested(UUID document, String title, String receiptNumber, Classification classification,
		String leader, String instruction, List<String> handlingUnits, LocalDate deadline, Instant instructedAt) {

	public SupervisionRequested {
		handlingUnits = List.copyOf(handlingUnits);
	}

}
