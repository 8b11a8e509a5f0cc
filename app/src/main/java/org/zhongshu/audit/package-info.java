/**
 * 审计: the append-only audit trail of logins, administrators' changes and refused requests
 * (later every access to a classified object), each row chained to the one before by an
 * SM3 hash; searched, verified and exported by the security auditor alone.
 */
@NullMarked
@ApplicationModule(displayName = "安全审计")
package org.zhongshu.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
