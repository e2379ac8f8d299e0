package org.rampart.risk;

/**
 * The level of a risk on the matrix, lowest first. Each level has the colour of the warning level it corresponds to
 * (DOMAIN.md: low blue, medium yellow, high orange, extreme red). Names come from the message bundles
 * ({@code risk.level.<NAME>}).
 */
public enum RiskLevel {
    LOW("blue"),
    MEDIUM("yellow"),
    HIGH("orange"),
    EXTREME("red");

    private final String colour;

    RiskLevel(String colour) {
        this.colour = colour;
    }

    /** Return the colour name used for this level on pages and charts. */
    public String colour() {
        return colour;
    }

    /** Parse a level name case-insensitively, or return null when it names none. */
    public static RiskLevel parse(String name) {
        if (name == null) {
            return null;
        }
        for (RiskLevel level : values()) {
            if (level.name().equalsIgnoreCase(name.trim())) {
                return level;
            }
        }
        return null;
    }
}
