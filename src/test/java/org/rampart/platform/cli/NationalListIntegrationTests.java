package org.rampart.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.rampart.support.NationalList;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A national list of divisions (12-digit codes, Chinese names only) imports whole as a second root, and is searchable. */
@IntegrationTest
class NationalListIntegrationTests {

    @Autowired
    CliOperations cli;

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aListWithChineseNamesOnlyImportsWholeAndIsFoundByAChineseName() throws IOException {
        int tag = ThreadLocalRandom.current().nextInt(100, 1000);
        // 1 + 4 + 20 + 100 + 1,900 = 2,025 rows
        Path csv = Files.writeString(dir.resolve("national.csv"), NationalList.csv(tag, 4, 5, 5, 19), StandardCharsets.UTF_8);
        StringWriter printed = new StringWriter();
        PrintWriter out = new PrintWriter(printed, true);
        String username = "national" + tag + System.nanoTime() % 100000;
        try {
            importAndFind(tag, csv, username, printed, out);
        } finally {
            // a second root would end the demo province's whole-tree scope for the test classes that follow
            jdbc.sql("delete from app_user where username = :u").param("u", username).update();
            jdbc.sql("""
                    delete from jurisdiction where path like (select path from jurisdiction where code = :root) || '%'
                    """).param("root", NationalList.root(tag)).update();
        }
    }

    private void importAndFind(int tag, Path csv, String username, StringWriter printed, PrintWriter out) {
        assertThat(cli.importJurisdictions(csv, null, false, out)).as(printed.toString()).isEqualTo(0);
        assertThat(printed.toString()).contains("Read 2025, imported 2025, problems 0.");

        assertThat(cli.createUser(username, null, List.of("viewer"), NationalList.root(tag), null, "national-list-pw", out))
                .as(printed.toString()).isEqualTo(0);
        Http http = new Http(port);
        assertThat(http.login(username, "national-list-pw").location()).doesNotContain("error");

        String name = NationalList.township(tag, 3, 4, 5, 17);
        String code = String.format("%03d%02d%02d%02d%03d", tag, 3, 4, 5, 17);
        String q = URLEncoder.encode(name, StandardCharsets.UTF_8);
        Http.Response api = http.get("/api/v1/jurisdictions?q=" + q);
        assertThat(api.status()).isEqualTo(200);
        JsonNode found = JsonMapper.builder().build().readTree(api.body()).path("items");
        assertThat(found.size()).isEqualTo(1);
        assertThat(found.get(0).path("code").asString()).isEqualTo(code);
        assertThat(found.get(0).path("level").asInt()).isEqualTo(5);
        assertThat(found.get(0).path("nameZh").asString()).isEqualTo(name);
        assertThat(found.get(0).path("nameEn").isNull() || found.get(0).path("nameEn").isMissingNode()).isTrue();

        Http.Response page = http.get("/jurisdictions/search?q=" + q);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(code).contains(name);
    }
}
