package org.rampart.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * The code of a domain of the editable taxonomy (module {@code taxonomy}, table {@code risk_domain}): a label for
 * risks, indicators, rules, warnings and routing rules. It holds only the code; whether the code exists, is active,
 * its names and its parent come from the taxonomy ({@code DomainManagement}). In JSON it is the bare code.
 */
public record RiskDomain(String code) {

    /** Well-known codes of the default taxonomy, for the demo and tests; the list of domains is the table's. */
    public static final RiskDomain POLITICAL = new RiskDomain("POLITICAL");
    public static final RiskDomain ECONOMIC = new RiskDomain("ECONOMIC");
    public static final RiskDomain FOOD = new RiskDomain("FOOD");
    public static final RiskDomain ENERGY = new RiskDomain("ENERGY");
    public static final RiskDomain DISPUTES = new RiskDomain("DISPUTES");
    public static final RiskDomain PUBLIC_ORDER = new RiskDomain("PUBLIC_ORDER");
    public static final RiskDomain PRODUCTION_SAFETY = new RiskDomain("PRODUCTION_SAFETY");
    public static final RiskDomain DISASTER = new RiskDomain("DISASTER");
    public static final RiskDomain NETWORK_DATA = new RiskDomain("NETWORK_DATA");

    public RiskDomain {
        Objects.requireNonNull(code, "code");
    }

    /** The code of a text, trimmed and in capitals; null for null or blank text. Says nothing about existence. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static RiskDomain of(String text) {
        return text == null || text.isBlank() ? null : new RiskDomain(text.trim().toUpperCase(Locale.ROOT));
    }

    /** Form of {@link #of} that Spring's conversion finds for request parameters. */
    public static RiskDomain valueOf(String text) {
        return of(text);
    }

    /** The code (the name the enum this replaces gave). */
    public String name() {
        return code;
    }

    @JsonValue
    @Override
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }
}
