/**
 * 公文: the documents the office drafts, issues and receives. For now the proofreader (校对)
 * every document passes through, with the office's own people and units as its roster.
 */
@NullMarked
@ApplicationModule(displayName = "公文")
package org.zhongshu.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
