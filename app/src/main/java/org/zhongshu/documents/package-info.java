/**
 * 公文: the documents the office drafts, issues and receives. So far the proofreader (校对)
 * every document passes through, with the office's own people and units as its roster;
 * the 发文 flow (Flowable, processes/dispatch.bpmn20.xml) from 拟稿 to 归档 with 退回 and 撤回; and
 * gap-free 文号 taken at 登记编号.
 */
@NullMarked
@ApplicationModule(displayName = "公文")
package org.zhongshu.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
