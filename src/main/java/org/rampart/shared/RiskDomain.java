package org.rampart.shared;

/**
 * The default taxonomy of risk domains from the committee's mandate. A domain labels risks, indicators, warnings
 * and incidents; it never holds data about people. Names come from the message bundles ({@code domain.<NAME>}).
 */
public enum RiskDomain {
    POLITICAL(null),
    ECONOMIC(null),
    FINANCIAL_DEBT(ECONOMIC),
    FOOD(ECONOMIC),
    ENERGY(ECONOMIC),
    RESOURCES(ECONOMIC),
    SOCIAL_STABILITY(null),
    PUBLIC_ORDER(SOCIAL_STABILITY),
    DISPUTES(SOCIAL_STABILITY),
    RULE_OF_LAW(null),
    PRODUCTION_SAFETY(null),
    DISASTER(null),
    TECHNOLOGY(null),
    NETWORK_DATA(null);

    private final RiskDomain parent;

    RiskDomain(RiskDomain parent) {
        this.parent = parent;
    }

    /** The domain this one is a sub-domain of, or null for a top-level domain. */
    public RiskDomain parent() {
        return parent;
    }

    /** True when this domain is the given one or lies below it. */
    public boolean within(RiskDomain other) {
        for (RiskDomain d = this; d != null; d = d.parent) {
            if (d == other) {
                return true;
            }
        }
        return false;
    }

    /** Parse a domain name case-insensitively, or return null when it names none. */
    public static RiskDomain parse(String name) {
        if (name == null) {
            return null;
        }
        for (RiskDomain d : values()) {
            if (d.name().equalsIgnoreCase(name.trim())) {
                return d;
            }
        }
        return null;
    }
}
