package org.rampart.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/** The hash of an audit row: SHA-256 over the previous hash and every field, unambiguously delimited. */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static Instant normalise(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static String hash(String prevHash, Instant occurredAt, String actor, String action, String entityType,
            String entityId, String jurisdictionPath, String before, String after, String clientAddress, String requestId) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, prevHash);
            update(digest, normalise(occurredAt).toString());
            update(digest, actor);
            update(digest, action);
            update(digest, entityType);
            update(digest, entityId);
            update(digest, jurisdictionPath);
            update(digest, before);
            update(digest, after);
            update(digest, clientAddress);
            update(digest, requestId);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest digest, String value) {
        if (value == null) {
            digest.update((byte) 0);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update((byte) 1);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }
}
