package org.rampart.situation.web;

import org.springframework.stereotype.Component;

/**
 * The badge classes of risk levels for the templates ({@code ${@situationLevels.css(level)}}): cheaper than including
 * a fragment per row in tables of hundreds of rows.
 */
@Component("situationLevels")
class SituationLevels {

    public String css(String level) {
        if (level == null) {
            return "text-bg-light border";
        }
        return switch (level) {
            case "LOW", "BLUE" -> "text-bg-primary";
            case "MEDIUM", "YELLOW" -> "text-bg-warning";
            case "HIGH", "ORANGE" -> "text-bg-orange";
            default -> "text-bg-danger";
        };
    }

    /** The background of a heat-map cell of a level: a light tint of the level's colour. */
    public String tint(String level) {
        return switch (level) {
            case "LOW" -> "#d6e6fb";
            case "MEDIUM" -> "#fff1bd";
            case "HIGH" -> "#ffd3a6";
            default -> "#f6b3b3";
        };
    }
}
