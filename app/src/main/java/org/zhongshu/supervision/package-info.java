/**
 * 督查督办: what leaders decide, followed to the end. A 督办事项 comes from a 领导批示 (the 公文
 * module's {@link org.zhongshu.documents.SupervisionRequested}), 上级交办 entered by hand or
 * the year's 重点工作 imported from .xlsx; each has tasks for a 牵头单位 and its 配合单位 with a
 * deadline and a reporting cycle. Liaisons report, the 督查室 accepts or returns each report
 * and closes (销号) a task on its evidence; each task shows a light counted in the office's
 * working days, reminders go out once per occasion, and the 台账 is filtered and exported.
 */
@NullMarked
@ApplicationModule(displayName = "督查督办")
package org.zhongshu.supervision;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
