package org.rampart.platform.db;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keep the embedded PostgreSQL running while an application context still uses it: the data source is closed
 * before the lease is returned, so a JVM shutdown never stops the database under a context that is still closing.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedDatabaseLease {

    static final String NAME = "rampartEmbeddedDatabaseLease";

    @Bean(NAME)
    Lease embeddedDatabaseLease() {
        EmbeddedDatabase.acquire();
        return new Lease();
    }

    /** Make the data source depend on the lease, so that it is destroyed first. */
    @Bean
    static BeanFactoryPostProcessor dataSourceDependsOnLease() {
        return factory -> {
            if (factory.containsBeanDefinition("dataSource")) {
                BeanDefinition dataSource = factory.getBeanDefinition("dataSource");
                String[] current = dataSource.getDependsOn();
                String[] next = current == null ? new String[] {NAME} : java.util.stream.Stream
                        .concat(java.util.Arrays.stream(current), java.util.stream.Stream.of(NAME)).toArray(String[]::new);
                dataSource.setDependsOn(next);
            }
        };
    }

    static final class Lease implements DisposableBean {
        @Override
        public void destroy() {
            EmbeddedDatabase.release();
        }
    }
}
