/**
 * Early warnings: threshold rules (levels, rate of change, rolling windows, missing data, hysteresis), the warning
 * lifecycle, escalation up the tree, silences, and public warnings as OASIS CAP 1.2.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "jurisdiction", "indicator", "taxonomy"})
package org.rampart.warning;
