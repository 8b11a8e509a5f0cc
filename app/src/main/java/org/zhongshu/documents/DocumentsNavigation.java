package org.zhongshu.documents;

import java.util.Set;
import java.util.stream.Collectors;

import org.zhongshu.people.Role;
import org.zhongshu.platform.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 发文, 收文 and 校对 in the main navigation, for the office's business roles.
 */
@Configuration(proxyBeanMethods = false)
class DocumentsNavigation {

	@Bean
	NavigationItem dispatchPageNavigation() {
		return new NavigationItem("发文", "/documents", "file-earmark-text", 150, businessRoles());
	}

	@Bean
	NavigationItem receiptPageNavigation() {
		return new NavigationItem("收文", "/receipts", "inbox", 160, businessRoles());
	}

	@Bean
	NavigationItem proofreadPageNavigation() {
		return new NavigationItem("校对", "/proofread", "spellcheck", 200, businessRoles());
	}

	private static Set<String> businessRoles() {
		return Role.business().stream().map(Role::name).collect(Collectors.toSet());
	}

}
