package org.zhongshu.people;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhongshu.platform.NavigationItem;

/**
 * The administrators' entries in the main navigation.
 */
@Configuration(proxyBeanMethods = false)
class PeopleNavigation {

	@Bean
	NavigationItem usersNavigation() {
		return new NavigationItem("用户管理", "/admin/users", "people", 900, Set.of(Role.SYSTEM_ADMIN.name()));
	}

	@Bean
	NavigationItem unitsNavigation() {
		return new NavigationItem("组织机构", "/admin/units", "diagram-3", 910, Set.of(Role.SYSTEM_ADMIN.name()));
	}

	@Bean
	NavigationItem grantsNavigation() {
		return new NavigationItem("角色与密级", "/admin/grants", "shield-lock", 920, Set.of(Role.SECURITY_ADMIN.name()));
	}

}
