/**
 * Early warnings: threshold rules (levels, rate of change, rolling windows, missing data, hysteresis), the warning
 * lifecycle, escalation up the tree, silences, and public warnings as OASIS CAP 1.2.
 *
 * <p>Read models (STYLE.md rule 21): {@code WarningRepository.highestLevelByChild} reads the jurisdiction module's
 * {@code jurisdiction} directly (the active children of a place and their paths, for the map's colours, scoped in
 * SQL) and never writes it. Every other repository of the module reads only its own tables; places, indicators,
 * observations and domains come from the jurisdiction, indicator and taxonomy facades.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "jurisdiction", "indicator", "taxonomy"})
package org.rampart.warning;
