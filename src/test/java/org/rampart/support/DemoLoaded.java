package org.rampart.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.rampart.demo.DemoManagement;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Make sure Demo Province is in the database before a test class runs (an external database starts empty), with the
 * demo users back on English.
 */
public class DemoLoaded implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        var spring = SpringExtension.getApplicationContext(context);
        DemoManagement demo = spring.getBean(DemoManagement.class);
        synchronized (DemoLoaded.class) {
            if (!demo.isLoaded()) {
                demo.load();
            }
        }
        // Test classes share the database: a language another class chose for a demo user must not leak into this one.
        spring.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("update app_user set locale = 'en' where locale <> 'en' and username ~ '^[a-z]+\\.(province|city|county)$'")
                .update();
    }
}
