package org.zhongshu.supervision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A task went past its deadline without the lead unit applying for 办结: published once, on
 * the first day past it, for the 争先创优 scores.
 *
 * @param task the task's id
 * @param item the 督办事项's id
 * @param title the item's title
 * @param leadUnit the 牵头单位
 * @param deadline the deadline it missed
 */
public record TaskOverdue(UUID task, UUID item, String title, String leadUnit, LocalDate deadline) {
}
