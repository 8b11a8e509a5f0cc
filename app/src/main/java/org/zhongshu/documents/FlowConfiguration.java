package org.zhongshu.documents;

import java.util.Arrays;

import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flowable as the office's flows need it: its engine started only once Flyway has
 * migrated our schema (the engine creates its tables in the same schema when it starts,
 * and Flyway refuses to migrate a schema it finds not empty the first time), and a 会签
 * step left in the transaction of its last signature.
 */
@Configuration(proxyBeanMethods = false)
class FlowConfiguration {

	static final String PROCESS_ENGINE = "processEngine";

	static final String FLYWAY = "flywayInitializer";

	/**
	 * Flowable 8 leaves a parallel step (会签) in a job of its own after each signature;
	 * the next signature then races that job and fails. Leaving it at once keeps each
	 * signature one transaction. Two units signing at the same instant can still collide:
	 * one of the two signatures then fails and must be given again.
	 */
	@Bean
	EngineConfigurationConfigurer<SpringProcessEngineConfiguration> countersigningInOneTransaction() {
		return (engine) -> engine.setParallelMultiInstanceAsyncLeave(false);
	}

	@Bean
	static BeanFactoryPostProcessor processEngineAfterMigrations() {
		return (beanFactory) -> {
			if (beanFactory.containsBeanDefinition(PROCESS_ENGINE) && beanFactory.containsBeanDefinition(FLYWAY)) {
				BeanDefinition engine = beanFactory.getBeanDefinition(PROCESS_ENGINE);
				String[] before = (engine.getDependsOn() != null) ? engine.getDependsOn() : new String[0];
				String[] after = Arrays.copyOf(before, before.length + 1);
				after[before.length] = FLYWAY;
				engine.setDependsOn(after);
			}
		};
	}

}
