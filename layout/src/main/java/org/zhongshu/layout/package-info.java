/**
 * The layout API: an official document with the elements of GB/T 9704-2012, checked as it
 * is made, the typefaces it is set in, its printing to PDF with PNG previews, and the
 * verifier that measures a PDF against the norm.
 */
@NullMarked
package org.zhongshu.layout;

import org.jspecify.annotations.NullMarked;
