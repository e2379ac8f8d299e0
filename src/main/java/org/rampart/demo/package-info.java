/**
 * Demo Province: a synthetic province at real scale with boundaries, populations, units, demo users and demo
 * indicators with observations, a demo risk register with assessment histories,
 * early warnings raised by demo observations through the normal ingestion path, and demo meetings with decisions
 * that became supervision tasks.
 *
 * <p>Read models (STYLE.md rule 21): {@code DemoRepository} writes the demo risk register straight into the risk
 * module's {@code risk}, {@code risk_assessment}, {@code risk_treatment} and {@code risk_indicator} with COPY (a
 * system bulk load: the risk module has no bulk load to call) and reads back from {@code risk} the ids of the risks
 * it wrote. Everything else of the demo goes through the other modules' facades. A change to those tables' columns
 * must be checked against the demo's COPY statements. {@code DemoTasks} assigns and carries out the demo tasks through
 * the supervision facade, then moves their history back in time by updating {@code supervision_task},
 * {@code supervision_task_event}, {@code supervision_extension} and {@code supervision_objection} (the facade records
 * every step at the moment it runs).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "jurisdiction", "identity", "indicator", "audit", "risk", "incident", "warning", "warning :: cap", "supervision"})
package org.rampart.demo;
