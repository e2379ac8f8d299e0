package org.rampart.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a Java type means to a caller, and odd addresses (the nearest known member: NearestTests). */
class PlatformStrictInputTests {

    @Test
    void typesAreNamedInTheCallersTerms() {
        assertThat(ErrorHandling.kind(int.class)).isEqualTo("whole");
        assertThat(ErrorHandling.kind(Long.class)).isEqualTo("whole");
        assertThat(ErrorHandling.kind(Double.class)).isEqualTo("number");
        assertThat(ErrorHandling.kind(String.class)).isEqualTo("text");
        assertThat(ErrorHandling.kind(List.class)).isEqualTo("list");
        assertThat(ErrorHandling.kind(java.time.OffsetDateTime.class)).isEqualTo("time");
        assertThat(ErrorHandling.kind(java.time.LocalDate.class)).isEqualTo("date");
    }

    @Test
    void oddAddressesAreFound() {
        assertThat(InputChecks.decode("a%00b", true)).isEqualTo("a\0b");
        assertThat(InputChecks.decode("%ff%fe", true)).isNull();
        assertThat(InputChecks.decode("%E4%B8%AD+x", true)).isEqualTo("中 x");
        assertThat(InputChecks.hasControl("a\nb", true)).isFalse();
        assertThat(InputChecks.hasControl("a\0b", true)).isTrue();
    }
}
