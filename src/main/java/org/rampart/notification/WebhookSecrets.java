package org.rampart.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Webhook secrets are kept encrypted (AES-256-GCM) in the database, because the HMAC signature needs them in clear
 * and a hash would not do. The key is {@code rampart.secrets.key} (base64 of 32 bytes; every node of one database
 * needs the same one). Without it, a key is generated once into {@code <data-dir>/secrets.key} (readable by its owner
 * only), which suits a single node. Values stored before encryption (without the {@code v1:} prefix) are read as
 * they are and sealed at the next start.
 */
@Component
class WebhookSecrets {

    static final String PREFIX = "v1:";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookSecrets.class);
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    WebhookSecrets(@Value("${rampart.secrets.key:}") String configured, @Value("${rampart.data-dir:data}") String dataDir) {
        this(configured.isBlank() ? keyFile(Path.of(dataDir).resolve("secrets.key")) : decode(configured));
    }

    WebhookSecrets(byte[] key) {
        if (key.length != 32) {
            throw new IllegalStateException("rampart.secrets.key must be the base64 of 32 bytes (AES-256)");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    private static byte[] decode(String configured) {
        try {
            return Base64.getDecoder().decode(configured.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("rampart.secrets.key is not base64: " + e.getMessage());
        }
    }

    private static byte[] keyFile(Path file) {
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file, StandardCharsets.US_ASCII));
            }
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(fresh), StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data directory's own permissions apply
            }
            LOG.warn("Generated the key that encrypts webhook secrets at {}. With several nodes on one database, set "
                    + "RAMPART_SECRETS_KEY (rampart.secrets.key) to the same value on every node.", file.toAbsolutePath());
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the secrets key " + file, e);
        }
    }

    /** Encrypt a secret for storage; null stays null. */
    String seal(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a webhook secret", e);
        }
    }

    /** Decrypt a stored secret (a value stored before encryption is returned as it is); null stays null. */
    String open(String stored) {
        if (stored == null || !isSealed(stored)) {
            return stored;
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot decrypt a webhook secret: was rampart.secrets.key changed, or "
                    + "does another node use a different key?", e);
        }
    }

    static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }
}
