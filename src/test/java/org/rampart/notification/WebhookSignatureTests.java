package org.rampart.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTests {

    @Test
    void theSignatureIsTheHexHmacSha256OfTheExactBody() {
        // RFC 4231, test case 2.
        assertThat(WebhookSender.signature("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void anyChangeToTheBodyChangesTheSignature() {
        String secret = "a-secret-of-sixteen+";
        assertThat(WebhookSender.signature(secret, "{\"a\":1}".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(WebhookSender.signature(secret, "{\"a\": 1}".getBytes(StandardCharsets.UTF_8)));
    }
}
