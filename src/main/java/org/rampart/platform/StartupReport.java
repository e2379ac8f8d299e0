package org.rampart.platform;

import org.rampart.demo.DemoManagement;
import org.rampart.demo.DemoSummary;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On the first start with the embedded database, load Demo Province; on every start of the server, print where
 * Rampart answers and, in demo mode, the demo logins.
 */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final DemoManagement demo;
    private final JurisdictionManagement jurisdictions;
    private final boolean embedded;
    private final boolean cli;
    private final boolean autoDemo;

    StartupReport(DemoManagement demo, JurisdictionManagement jurisdictions,
            @Value("${rampart.db.embedded:false}") boolean embedded, @Value("${rampart.cli:false}") boolean cli,
            @Value("${rampart.demo.auto:true}") boolean autoDemo) {
        this.demo = demo;
        this.jurisdictions = jurisdictions;
        this.embedded = embedded;
        this.cli = cli;
        this.autoDemo = autoDemo;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (cli || !(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        boolean demoMode = embedded && autoDemo;
        if (demoMode && !demo.isLoaded() && jurisdictions.count() == 0) {
            System.out.println("First start: loading Demo Province (about 28,000 jurisdictions) ...");
            DemoSummary summary = demo.load();
            System.out.println(summary.describe());
        }
        int port = web.getWebServer().getPort();
        StringBuilder sb = new StringBuilder();
        sb.append(System.lineSeparator()).append("  Rampart is running at http://localhost:").append(port).append('/')
                .append(System.lineSeparator());
        sb.append("  Database: ").append(embedded ? "embedded PostgreSQL (data in "
                + event.getApplicationContext().getEnvironment().getProperty("rampart.data-dir", "data") + ")" : "external PostgreSQL")
                .append(System.lineSeparator());
        if (embedded && demo.isLoaded()) {
            demo.logins().forEach(line -> sb.append("  ").append(line).append(System.lineSeparator()));
        }
        System.out.println(sb);
        log.info("Rampart ready on port {}", port);
    }
}
