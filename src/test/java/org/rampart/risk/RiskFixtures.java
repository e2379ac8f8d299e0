package org.rampart.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.rampart.support.Http;
import org.rampart.support.Sessions;

/** Shared set-up of the risk tests: unique codes and risk bodies. */
final class RiskFixtures {

    private RiskFixtures() {
    }

    /** The JSON of a dam-safety risk titled in both languages, with {@code extra} members (or null). */
    static String body(String code, String jurisdiction, String domain, int likelihood, int impact, String extra) {
        return """
                {"code":"%s","titleEn":"Reservoir dam safety %s","titleZh":"水库大坝安全 %s","descriptionEn":"Seepage at the flooded dam",
                 "descriptionZh":"大坝渗漏风险","domain":"%s","jurisdiction":"%s","likelihood":%d,"impact":%d,
                 "reason":"first assessment"%s}"""
                .formatted(code, code, code, domain, jurisdiction, likelihood, impact, extra == null ? "" : "," + extra);
    }

    /** Create a risk through the API and check that it was created; return its code. */
    static String create(Http http, String prefix, String jurisdiction, int likelihood, int impact, String extra) {
        String code = Sessions.uniqueCode(prefix);
        Http.Response r = http.postJson("/api/v1/risks", body(code, jurisdiction, "DISASTER", likelihood, impact, extra));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return code;
    }
}
