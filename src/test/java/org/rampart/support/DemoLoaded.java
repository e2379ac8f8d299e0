package org.rampart.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.rampart.demo.DemoManagement;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Make sure Demo Province is in the database before a test class runs (an external database starts empty). */
public class DemoLoaded implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        DemoManagement demo = SpringExtension.getApplicationContext(context).getBean(DemoManagement.class);
        synchronized (DemoLoaded.class) {
            if (!demo.isLoaded()) {
                demo.load();
            }
        }
    }
}
