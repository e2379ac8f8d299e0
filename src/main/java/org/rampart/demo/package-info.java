/**
 * Demo Province: a synthetic province at real scale with boundaries, populations, units, demo users and demo
 * indicators with observations, a demo risk register with assessment histories,
 * and early warnings raised by demo observations through the normal ingestion path.
 *
 * <p>Read models (STYLE.md rule 21): {@code DemoRepository} writes the demo risk register straight into the risk
 * module's {@code risk}, {@code risk_assessment}, {@code risk_treatment} and {@code risk_indicator} with COPY (a
 * system bulk load: the risk module has no bulk load to call) and reads back from {@code risk} the ids of the risks
 * it wrote. Everything else of the demo goes through the other modules' facades. A change to those tables' columns
 * must be checked against the demo's COPY statements.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "jurisdiction", "identity", "indicator", "audit", "risk", "incident", "warning", "warning :: cap", "supervision"})
package org.rampart.demo;
