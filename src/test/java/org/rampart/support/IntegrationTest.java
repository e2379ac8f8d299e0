package org.rampart.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A Spring Boot test on a random port against one embedded PostgreSQL per JVM (or the server named by
 * RAMPART_DB_URL), with Demo Province loaded. The timed warning passes do not run on their own: tests call them with
 * the instant they need.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "rampart.data-dir=target/test-data", "rampart.db.fresh=true", "rampart.security.max-failed-logins=5",
    "rampart.scheduling.enabled=false", "rampart.security.sign-in-check=0s"})
@ExtendWith(DemoLoaded.class)
public @interface IntegrationTest {
}
