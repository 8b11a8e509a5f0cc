/**
 * The layout command line: reads a document as JSON.
 */
@NullMarked
package org.zhongshu.layout.cli;

import org.jspecify.annotations.NullMarked;
