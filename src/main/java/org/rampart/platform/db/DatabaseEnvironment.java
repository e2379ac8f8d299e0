package org.rampart.platform.db;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Point the data source at the configured PostgreSQL server, or start the embedded one.
 *
 * <p>{@code RAMPART_DB_URL} (with {@code RAMPART_DB_USER}, {@code RAMPART_DB_PASSWORD}) selects an external server.
 * Without it the embedded server runs with its data under {@code RAMPART_DATA_DIR} (default {@code ./data}).
 */
class DatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE = "rampartDatabase";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (env.getPropertySources().contains(SOURCE)) {
            return;
        }
        Map<String, Object> props = new HashMap<>();
        String url = env.getProperty("rampart.db.url");
        if (StringUtils.hasText(url)) {
            props.put("spring.datasource.url", url);
            props.put("spring.datasource.username", env.getProperty("rampart.db.user", "postgres"));
            props.put("spring.datasource.password", env.getProperty("rampart.db.password", ""));
            props.put("rampart.db.embedded", "false");
        } else {
            Path dataDir = Path.of(env.getProperty("rampart.data-dir", "data"));
            boolean fresh = env.getProperty("rampart.db.fresh", Boolean.class, false);
            boolean cli = env.getProperty("rampart.cli", Boolean.class, false);
            EmbeddedDatabase.Connection connection = EmbeddedDatabase.obtain(dataDir, fresh, cli);
            props.put("spring.datasource.url", connection.url());
            props.put("spring.datasource.username", connection.user());
            props.put("spring.datasource.password", "");
            props.put("rampart.db.embedded", "true");
            props.put("rampart.db.shared-with-server", String.valueOf(!connection.owned()));
            if (connection.owned() && !env.getProperty("rampart.launched-by-main", Boolean.class, false)) {
                Runtime.getRuntime().addShutdownHook(new Thread(
                        () -> EmbeddedDatabase.shutdownWhenReleased(java.time.Duration.ofSeconds(30)), "embedded-postgres-stop"));
            }
        }
        env.getPropertySources().addFirst(new MapPropertySource(SOURCE, props));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
