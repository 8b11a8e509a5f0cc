/**
 * The shared kernel every module needs: configuration, the database, the signed-in user,
 * the classification levels, the web layout and the 工作台 that gathers every module's
 * to-dos.
 */
@NullMarked
@ApplicationModule(displayName = "平台（共享内核）")
package org.zhongshu.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
