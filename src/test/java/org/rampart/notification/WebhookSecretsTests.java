package org.rampart.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WebhookSecretsTests {

    private static byte[] key(int seed) {
        byte[] key = new byte[32];
        new Random(seed).nextBytes(key);
        return key;
    }

    @Test
    void aSealedSecretOpensWithTheSameKeyOnly() {
        WebhookSecrets secrets = new WebhookSecrets(key(1));
        String sealed = secrets.seal("a-long-enough-secret");
        assertThat(sealed).startsWith("v1:").doesNotContain("a-long-enough-secret");
        assertThat(secrets.seal("a-long-enough-secret")).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(secrets.open(sealed)).isEqualTo("a-long-enough-secret");
        assertThat(new WebhookSecrets(key(1)).open(sealed)).isEqualTo("a-long-enough-secret");
        assertThatThrownBy(() -> new WebhookSecrets(key(2)).open(sealed)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rampart.secrets.key");
    }

    @Test
    void aTamperedValueIsRefusedAndAClearOneIsReadAsItIs() {
        WebhookSecrets secrets = new WebhookSecrets(key(3));
        String sealed = secrets.seal("secret-secret-secret");
        char[] chars = sealed.toCharArray();
        int at = chars.length - 5;
        chars[at] = chars[at] == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> secrets.open(new String(chars))).isInstanceOf(IllegalStateException.class);
        assertThat(secrets.open("stored-before-encryption")).isEqualTo("stored-before-encryption");
        assertThat(secrets.open(null)).isNull();
        assertThat(secrets.seal(null)).isNull();
    }

    @Test
    void aKeyMustHave32Bytes() {
        assertThatThrownBy(() -> new WebhookSecrets(Arrays.copyOf(key(4), 16))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new WebhookSecrets("not base64!", "target")).isInstanceOf(IllegalStateException.class);
    }
}
