/**
 * The proofreader's API: what it reports about a text and how serious each finding is.
 */
@NullMarked
package org.zhongshu.proofread;

import org.jspecify.annotations.NullMarked;
