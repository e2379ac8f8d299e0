package org.rampart.notification;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keep webhooks away from the inside of the network: a webhook URL whose host is, or resolves to, a loopback,
 * private, link-local (cloud metadata), carrier-grade NAT, unspecified or multicast address is refused, when the rule
 * is saved and again before each delivery (the name may resolve elsewhere by then). Hosts listed in
 * {@code rampart.notification.webhook-internal-allowed} (as written in the URL) are let through, for a receiver that
 * really runs inside.
 */
@Component
class WebhookTargets {

    private final Set<String> allowed;
    private final Function<String, InetAddress[]> resolver;

    @Autowired
    WebhookTargets(@Value("${rampart.notification.webhook-internal-allowed:}") List<String> allowed) {
        this(allowed, WebhookTargets::resolve);
    }

    WebhookTargets(List<String> allowed, Function<String, InetAddress[]> resolver) {
        this.allowed = allowed.stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        this.resolver = resolver;
    }

    /**
     * Return null when the URL may be called, otherwise the internal address it names or resolves to. A host that
     * does not resolve is not refused here: calling it fails on its own.
     */
    String internalAddress(String url) {
        String host;
        try {
            host = new URI(url).getHost();
        } catch (URISyntaxException e) {
            return null;
        }
        if (host == null) {
            return null;
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (allowed.contains(bare.toLowerCase(Locale.ROOT))) {
            return null;
        }
        InetAddress[] addresses = resolver.apply(bare);
        return Arrays.stream(addresses).filter(WebhookTargets::internal).map(InetAddress::getHostAddress).findFirst()
                .orElse(null);
    }

    private static InetAddress[] resolve(String host) {
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return new InetAddress[0];
        }
    }

    static boolean internal(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second < 128) // 0/8, carrier-grade NAT 100.64/10
                    || (first == 198 && (second == 18 || second == 19)) // benchmarking 198.18/15
                    || first >= 240; // reserved and broadcast
        }
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        return false;
    }
}
