package org.rampart.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rampart.indicator.IndicatorFixtures.define;
import static org.rampart.support.Sessions.signedIn;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class ObservationGridIntegrationTests {

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();

    private static final Pattern CELL = Pattern.compile("name=\"(v_(\\d+)_([^\"]+))\"");

    @Test
    void theGridShowsChildrenByPeriodRefusesNonNumbersPerCellAndSavesThroughIngestion() {
        Http admin = signedIn(port, "administrator", "province");
        String code = define(admin, "GRID", "MONTHLY", "SUM");
        Http officer = signedIn(port, "officer", "county");
        Http.Response page = officer.get("/indicators/" + code + "/grid?parent=DP-01-01&periods=3");
        assertThat(page.status()).isEqualTo(200);
        List<String> cells = new ArrayList<>();
        Matcher m = CELL.matcher(page.body());
        while (m.find()) {
            cells.add(m.group(1));
        }
        assertThat(cells).isNotEmpty().allMatch(c -> c.matches("v_[0-2]_DP-01-01-\\d+"));
        String town = cells.get(0).substring(4);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("parent", "DP-01-01");
        form.put("periods", "3");
        form.put("v_1_" + town, "12.5");
        form.put("v_2_" + town, "abc");
        Http.Response refused = officer.postForm("/indicators/" + code + "/grid", form);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("data-grid-refused").contains("id=\"v_2_" + town + "-error\"")
                .contains("Value: &#39;abc&#39; is not a number").contains("value=\"abc\"");
        assertThat(json.readTree(officer.get("/api/v1/indicators/" + code + "/series?jurisdiction=" + town).body())
                .path("points").size()).isZero();

        form.put("v_2_" + town, "7");
        Http.Response saved = officer.postForm("/indicators/" + code + "/grid", form);
        assertThat(saved.status()).isEqualTo(302);
        Http.Response after = officer.get(saved.location().replace(officer.base(), ""));
        assertThat(after.body()).contains("data-grid-saved").contains("value=\"12.5\"").contains("value=\"7\"");
        JsonNode points = json.readTree(officer.get("/api/v1/indicators/" + code + "/series?jurisdiction=" + town).body())
                .path("points");
        assertThat(points.size()).isEqualTo(2);
        assertThat(points.get(0).path("value").asDouble()).isEqualTo(12.5);
        assertThat(points.get(1).path("value").asDouble()).isEqualTo(7.0);

        assertThat(officer.get("/indicators/" + code + "/grid?parent=DP-01-02").status()).isEqualTo(404);
        assertThat(signedIn(port, "viewer", "county").get("/indicators/" + code + "/grid?parent=DP-01-01").status())
                .isEqualTo(403);
    }

    @Test
    void theUploadPageReportsEveryBadLine() {
        Http admin = signedIn(port, "administrator", "province");
        String code = define(admin, "UPL", "DAILY", "SUM");
        String csv = "indicator,jurisdiction,time,value\n" + code + ",DP-01-01,2026-01-05,1\n" + code + ",DP-01-01,2026-01-06,x\n";
        String boundary = "----rampart" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"obs.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        Http.Response r = admin.send(admin.request("/observations/upload").header("X-CSRF-TOKEN", admin.csrf())
                .header("HX-Request", "true").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("Nothing was stored.").contains("<td>3</td>").contains("&#39;x&#39; is not a number")
                .doesNotContain("<html");
    }
}
