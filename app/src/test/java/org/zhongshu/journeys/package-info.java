/**
 * User journeys in a real browser (Playwright driving Debian's chromium).
 */
@NullMarked
package org.zhongshu.journeys;

import org.jspecify.annotations.NullMarked;
