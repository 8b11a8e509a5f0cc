package org.zhongshu.documents;

import java.util.Set;
import java.util.stream.Collectors;

import org.zhongshu.people.Role;
import org.zhongshu.platform.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 校对 in the main navigation, for the office's business roles.
 */
@Configuration(proxyBeanMethods = false)
class ProofreadNavigation {

	@Bean
	NavigationItem proofreadPageNavigation() {
		Set<String> roles = Role.business().stream().map(Role::name).collect(Collectors.toSet());
		return new NavigationItem("校对", "/proofread", "spellcheck", 200, roles);
	}

}
