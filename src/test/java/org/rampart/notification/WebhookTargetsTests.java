package org.rampart.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookTargetsTests {

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Names resolve through this table only: no DNS in a unit test. */
    private static WebhookTargets targets(String... allowed) {
        Map<String, String> dns = Map.of("hooks.example.org", "93.184.216.34", "rebind.example.org", "10.1.2.3",
                "both.example.org", "93.184.216.34,127.0.0.1");
        return new WebhookTargets(List.of(allowed), host -> {
            String found = dns.get(host);
            if (found == null) {
                return host.matches("[0-9.:a-fA-F]+") ? new InetAddress[] {ip(host)} : new InetAddress[0];
            }
            return java.util.Arrays.stream(found.split(",")).map(WebhookTargetsTests::ip).toArray(InetAddress[]::new);
        });
    }

    @Test
    void publicReceiversAreCalled() {
        assertThat(targets().internalAddress("https://hooks.example.org/rampart")).isNull();
        assertThat(targets().internalAddress("https://93.184.216.34/hook")).isNull();
        assertThat(targets().internalAddress("https://unknown.example.org/hook")).isNull();
    }

    @Test
    void addressesInsideTheNetworkAreRefusedWhateverTheSpelling() {
        for (String url : List.of("http://127.0.0.1/", "http://127.9.9.9/", "http://10.0.0.1/", "http://172.16.5.4/",
                "http://192.168.0.10/", "http://169.254.169.254/latest/meta-data/", "http://0.0.0.0/",
                "http://100.64.0.1/", "http://[::1]/", "http://[fd00::1]/", "http://[fe80::1]/",
                "http://[::ffff:127.0.0.1]/", "http://224.0.0.1/", "http://rebind.example.org/",
                "http://both.example.org/")) {
            assertThat(targets().internalAddress(url)).as(url).isNotNull();
        }
    }

    @Test
    void anAllowedHostIsLetThrough() {
        assertThat(targets("127.0.0.1").internalAddress("http://127.0.0.1:8089/hook")).isNull();
        assertThat(targets("127.0.0.1").internalAddress("http://10.0.0.1/hook")).isEqualTo("10.0.0.1");
        assertThat(targets("::1").internalAddress("http://[::1]/hook")).isNull();
    }
}
