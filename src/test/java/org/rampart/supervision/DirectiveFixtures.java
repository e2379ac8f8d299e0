package org.rampart.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import org.rampart.identity.UserDraft;
import org.rampart.identity.UserManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.Role;
import org.rampart.support.Http;
import org.rampart.support.Sessions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Shared set-up of the directive tests: directives written and circulated through the API, users of other places. */
final class DirectiveFixtures {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PASSWORD = "directive-test-1";

    private DirectiveFixtures() {
    }

    /** The JSON of a directive of the province, with a unique number; confirm by {@code confirmBy} (may be null). */
    static String draft(String number, LocalDate confirmBy, boolean report, LocalDate reportDue) {
        return """
                {"number":"%s","titleEn":"Flood season safety checks","titleZh":"汛期安全检查","text":"Check every dam.",
                 "jurisdiction":"DP","confirmBy":%s,"reportRequired":%s,"reportDue":%s}"""
                .formatted(number, confirmBy == null ? "null" : "\"" + confirmBy + "\"", report,
                        reportDue == null ? "null" : "\"" + reportDue + "\"");
    }

    /** Create a draft as the session; returns the answer's JSON (201 asserted). */
    static JsonNode create(Http office, String body) {
        Http.Response r = office.postJson("/api/v1/directives", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body());
    }

    /** Create a province directive and circulate it to the offices of every city; returns its id. */
    static long circulatedToCityOffices(Http office, boolean report) {
        LocalDate today = LocalDate.now();
        long id = create(office, draft(Sessions.uniqueCode("DIR"), today.plusDays(5), report,
                report ? today.plusDays(10) : null)).path("id").asLong();
        Http.Response r = office.postJson("/api/v1/directives/" + id + "/circulate",
                "{\"mode\":\"ALL_BELOW\",\"kinds\":[\"office\"]}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return id;
    }

    /** The receipt of a unit in the tree or receipt list answer. */
    static JsonNode receiptOf(JsonNode receipts, String unit) {
        for (JsonNode r : receipts) {
            if (unit.equals(r.path("unit").asString())) {
                return r;
            }
        }
        throw new AssertionError("no receipt of " + unit + " in " + receipts);
    }

    /** A new user with one role at a place and unit; returns the username (password {@link #PASSWORD}). */
    static String user(UserManagement users, Role role, String jurisdiction, String unit) {
        String name = Sessions.uniqueCode("dir").toLowerCase();
        users.create(Actor.system(), new UserDraft(name, "Directive test " + name, EnumSet.of(role), jurisdiction, unit,
                PASSWORD, "en"));
        return name;
    }

    static Http signedInAs(int port, String username) {
        Http http = new Http(port);
        assertThat(http.login(username, PASSWORD).location()).as("sign-in of " + username).doesNotContain("error");
        return http;
    }

    /** A multipart body with one file part named "file". */
    static byte[] multipart(String boundary, String fileName, String type, byte[] content) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] t = tail.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[h.length + content.length + t.length];
        System.arraycopy(h, 0, out, 0, h.length);
        System.arraycopy(content, 0, out, h.length, content.length);
        System.arraycopy(t, 0, out, h.length + content.length, t.length);
        return out;
    }
}
