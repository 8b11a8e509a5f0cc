/**
 * The layout API: the page an official document is set on, and later the renderer and
 * verifier.
 */
@NullMarked
package org.zhongshu.layout;

import org.jspecify.annotations.NullMarked;
