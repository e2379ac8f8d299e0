package org.rampart.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditChainTests {

    private static final String PREV = "a".repeat(64);
    private static final Instant AT = Instant.parse("2026-03-01T08:15:30.123456Z");
    private static final String[] BASE = {PREV, "admin", "create", "jurisdiction", "DP-01", "/1/2/", "{\"a\":1}",
        "{\"a\":2}", "10.0.0.1", "req-1"};

    private static String hash(Instant at, String[] f) {
        return AuditChain.hash(f[0], at, f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9]);
    }

    @Test
    void theHashIsStableForTheSameContent() {
        assertThat(hash(AT, BASE)).isEqualTo(hash(AT, BASE.clone())).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void changingAnyFieldChangesTheHash() {
        Set<String> hashes = new HashSet<>();
        hashes.add(hash(AT, BASE));
        for (int i = 0; i < BASE.length; i++) {
            String[] changed = BASE.clone();
            changed[i] = i == 0 ? "b".repeat(64) : BASE[i] + "x";
            assertThat(hashes.add(hash(AT, changed))).as("field %d changes the hash", i).isTrue();
        }
        assertThat(hashes.add(hash(AT.plusNanos(1000), BASE))).as("the time changes the hash").isTrue();
    }

    @Test
    void nullAndTheEmptyStringHashDifferently() {
        for (int i = 4; i < BASE.length; i++) {
            String[] withNull = BASE.clone();
            withNull[i] = null;
            String[] withEmpty = BASE.clone();
            withEmpty[i] = "";
            assertThat(hash(AT, withNull)).as("field %d", i).isNotEqualTo(hash(AT, withEmpty));
        }
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        String[] a = BASE.clone();
        a[6] = "ab";
        a[7] = "c";
        String[] b = BASE.clone();
        b[6] = "a";
        b[7] = "bc";
        assertThat(hash(AT, a)).isNotEqualTo(hash(AT, b));
    }

    @Test
    void timesAreHashedAtMicrosecondPrecisionLikeTheDatabaseStoresThem() {
        assertThat(hash(AT.plusNanos(999), BASE)).isEqualTo(hash(AT, BASE));
    }
}
