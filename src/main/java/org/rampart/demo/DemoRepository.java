package org.rampart.demo;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DemoRepository {

    private final JdbcClient jdbc;

    DemoRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> loadedSummary() {
        return jdbc.sql("select summary from demo_state where id = 1").query(String.class).optional();
    }

    /** Claim the demo load; false when another process already did (the row exists). */
    boolean markLoaded(String summary) {
        return jdbc.sql("insert into demo_state (id, loaded_at, summary) values (1, now(), :s) on conflict do nothing")
                .param("s", summary).update() == 1;
    }

    void finish(String summary) {
        jdbc.sql("update demo_state set summary = :s where id = 1").param("s", summary).update();
    }
}
