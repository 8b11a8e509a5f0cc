/**
 * The Zhongshu application: one package per module of the office's work, and the shared
 * kernel.
 */
@NullMarked
package org.zhongshu;

import org.jspecify.annotations.NullMarked;
