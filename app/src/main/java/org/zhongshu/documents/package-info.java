/**
 * 公文: the documents the office drafts, issues, receives and archives. The proofreader
 * (校对) every document passes through, with the office's own people and units as its
 * roster; the 发文 flow (processes/dispatch.bpmn20.xml) from 拟稿 to 归档, with 办公室审核 on the
 * proofreader's report, gap-free 文号 at 登记编号, the printed 红头文件 and 核发 to the recipient
 * units; the 收文 flow (processes/receipt.bpmn20.xml) from 签收 to 归档, whose 批示 marked for
 * supervision it announces as {@link SupervisionRequested}; the registers and the archive
 * after DA/T 22-2015.
 */
@NullMarked
@ApplicationModule(displayName = "公文")
package org.zhongshu.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
