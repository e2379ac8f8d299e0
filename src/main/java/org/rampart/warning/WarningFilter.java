package org.rampart.warning;

import org.rampart.shared.RiskDomain;

/**
 * Which warnings to list; every member may be null for "any".
 *
 * @param level the current level
 * @param domain the domain, including its sub-domains
 * @param jurisdiction a jurisdiction code: warnings of it and everything below it
 * @param state the state; when null, every state except RESOLVED
 */
public record WarningFilter(WarningLevel level, RiskDomain domain, String jurisdiction, WarningState state) {

    public static final WarningFilter UNRESOLVED = new WarningFilter(null, null, null, null);
}
