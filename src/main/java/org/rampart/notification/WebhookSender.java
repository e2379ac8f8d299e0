package org.rampart.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/** POST a JSON body to a webhook, signed with HMAC-SHA256 of the exact body bytes under the target's secret. */
@Component
class WebhookSender {

    static final String SIGNATURE = "X-Rampart-Signature";
    static final String DELIVERY = "X-Rampart-Delivery";

    private final HttpClient client;
    private final NotificationSettings settings;
    private final WebhookTargets targets;

    WebhookSender(NotificationSettings settings, WebhookTargets targets) {
        this.settings = settings;
        this.targets = targets;
        this.client = HttpClient.newBuilder().connectTimeout(settings.webhookTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Return the value of the signature header: {@code sha256=} and the lower-case hex HMAC-SHA256. */
    static String signature(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Send and return null when the endpoint answered 2xx, otherwise the reason it failed. */
    String send(String url, String secret, long deliveryId, String json) {
        String internal = targets.internalAddress(url);
        if (internal != null) {
            return "refused: the webhook address points inside the network (" + internal + ")";
        }
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(settings.webhookTimeout())
                .header("Content-Type", "application/json").header(SIGNATURE, signature(secret, body))
                .header(DELIVERY, String.valueOf(deliveryId)).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status >= 200 && status < 300 ? null : "HTTP " + status + " from the webhook";
        } catch (IOException e) {
            return "webhook unreachable: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while sending";
        }
    }
}
