package org.zhongshu.supervision;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhongshu.people.Role;
import org.zhongshu.platform.NavigationItem;

/**
 * 督查督办 in the main navigation: for the 督查室, the office's and the committee's leaders, and
 * the units' liaisons.
 */
@Configuration(proxyBeanMethods = false)
class SupervisionNavigation {

	@Bean
	NavigationItem supervisionPageNavigation() {
		return new NavigationItem("督查督办", "/supervision", "flag", 170,
				Set.of(Role.SUPERVISION.name(), Role.OFFICE_LEADER.name(), Role.LEADER.name(), Role.LIAISON.name()));
	}

}
