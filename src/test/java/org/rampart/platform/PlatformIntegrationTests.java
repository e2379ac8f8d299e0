package org.rampart.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class PlatformIntegrationTests {

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void healthIsUpAndMetricsAreExposed() {
        Http http = new Http(port);
        assertThat(json.readTree(http.get("/actuator/health").body()).path("status").asString()).isEqualTo("UP");
        assertThat(http.get("/actuator/prometheus").body()).contains("http_server_requests");
    }

    @Test
    void everyAnswerCarriesARequestIdAndSecurityHeaders() {
        Http http = new Http(port);
        var login = http.get("/login");
        assertThat(login.header("X-Request-Id")).isNotBlank();
        assertThat(login.header("Content-Security-Policy")).contains("frame-ancestors 'none'").contains("default-src 'self'");
        assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(login.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(login.header("X-Frame-Options")).isEqualTo("DENY");
        var given = http.send(http.request("/login").header("X-Request-Id", "trace-123").GET());
        assertThat(given.header("X-Request-Id")).isEqualTo("trace-123");
    }

    @Test
    void pagesNeedASignInAndFormsNeedTheCsrfToken() {
        Http http = new Http(port);
        var home = http.get("/");
        assertThat(home.status()).isEqualTo(302);
        assertThat(home.location()).endsWith("/login");
        http.login(Demo.user("administrator", "province"), Demo.PASSWORD);
        var withoutToken = http.send(http.request("/jurisdictions/new").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("code=X&nameEn=X&nameZh=X")));
        assertThat(withoutToken.status()).isEqualTo(403);
    }

    @Test
    void malformedJsonAndUnknownFieldsGetProblemDetails() {
        Http http = new Http(port);
        http.login(Demo.user("administrator", "province"), Demo.PASSWORD);
        var malformed = http.postJson("/api/v1/jurisdictions", "{\"code\": \"X\", ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.header("Content-Type")).contains("application/problem+json");
        assertThat(json.readTree(malformed.body()).path("detail").asString()).contains("not valid JSON");

        var badType = http.postJson("/api/v1/jurisdictions", "{\"code\":\"X1\",\"parentCode\":\"DP-01\",\"nameEn\":\"a\",\"nameZh\":\"b\",\"population\":\"many\"}");
        assertThat(badType.status()).isEqualTo(400);
        JsonNode errors = json.readTree(badType.body()).path("errors");
        assertThat(errors.get(0).path("field").asString()).isEqualTo("population");

        var badParam = http.get("/api/v1/jurisdictions?parent=DP&page=abc");
        assertThat(badParam.status()).isEqualTo(400);
        assertThat(json.readTree(badParam.body()).path("errors").get(0).path("field").asString()).isEqualTo("page");

        var tooBig = http.get("/api/v1/jurisdictions?parent=DP&size=100000");
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(json.readTree(tooBig.body()).path("errors").get(0).path("field").asString()).isEqualTo("size");
    }

    @Test
    void bodiesOverTheLimitAreRefusedUpFront() {
        Http http = new Http(port);
        http.login(Demo.user("administrator", "province"), Demo.PASSWORD);
        byte[] body = new byte[30 * 1024 * 1024];
        java.util.Arrays.fill(body, (byte) ' ');
        var answer = http.post("/api/v1/jurisdictions", "application/json", body);
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("larger than the limit");

        byte[] fifty = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(fifty, (byte) 'a');
        String boundary = "rampart-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] multipart = new byte[head.length + fifty.length + tail.length];
        System.arraycopy(head, 0, multipart, 0, head.length);
        System.arraycopy(fifty, 0, multipart, head.length, fifty.length);
        System.arraycopy(tail, 0, multipart, head.length + fifty.length, tail.length);
        var upload = http.post("/api/v1/jurisdictions/import", "multipart/form-data; boundary=" + boundary, multipart);
        assertThat(upload.status()).isEqualTo(413);
        assertThat(upload.header("Content-Type")).contains("application/problem+json");
        assertThat(http.get("/api/v1/jurisdictions/DP").status()).as("the server is still well").isEqualTo(200);
    }

    @Test
    void unknownApiPathsAnswerWithAProblemAndUnknownPagesWithTheErrorPage() {
        Http http = new Http(port);
        http.login(Demo.user("viewer", "province"), Demo.PASSWORD);
        var api = http.get("/api/v1/nothing-here");
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.header("Content-Type")).contains("application/problem+json");
        var page = http.get("/jurisdictions/NO-SUCH-CODE");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("Not found");
    }

    @Test
    void openApiDescribesTheApi() {
        Http http = new Http(port);
        String docs = http.get("/v3/api-docs").body();
        assertThat(docs).contains("/api/v1/jurisdictions");
        var docsPage = http.get("/api/docs");
        assertThat(docsPage.status()).isEqualTo(302);
        var swagger = http.get(java.net.URI.create(docsPage.location()).getPath());
        assertThat(swagger.status()).isEqualTo(200);
        assertThat(swagger.body()).contains("swagger-ui");
    }
}
