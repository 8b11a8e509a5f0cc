package org.zhongshu.audit;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhongshu.platform.NavigationItem;

/**
 * The auditor's entry in the main navigation.
 */
@Configuration(proxyBeanMethods = false)
class AuditNavigation {

	@Bean
	NavigationItem auditTrailNavigation() {
		return new NavigationItem("审计日志", "/audit", "journal-check", 930, Set.of(AuditTodos.AUDITOR));
	}

}
