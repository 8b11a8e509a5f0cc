/**
 * The layout API: an official document with the elements of GB/T 9704-2012, checked as it
 * is made, and the page it is set on; later the renderer and verifier.
 */
@NullMarked
package org.zhongshu.layout;

import org.jspecify.annotations.NullMarked;
