/**
 * 人员: the org tree (committee, office sections, handling units), the people in it with
 * their roles and clearances, and login security — passwords, lockout, second factor,
 * sessions — under the separation of the three administrators (三员分立).
 */
@NullMarked
@ApplicationModule(displayName = "人员与登录安全")
package org.zhongshu.people;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
