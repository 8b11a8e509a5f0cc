/**
 * The proofreader's command line: {@code check} a text or .docx, {@code bench} against
 * the measurement data.
 */
@NullMarked
package org.zhongshu.proofread.cli;

import org.jspecify.annotations.NullMarked;
