/**
 * Record incidents, grade them by configurable rules (Decree 493 for production-safety accidents), follow the legal
 * reporting chain with its deadlines, and keep the response timeline until the incident is closed with a final report.
 * <p>Read models: none. The module's repository reads only its own tables ({@code incident*}); places, warnings and
 * risks are read through the jurisdiction, warning and risk facades.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "jurisdiction", "warning", "risk"})
package org.rampart.incident;
