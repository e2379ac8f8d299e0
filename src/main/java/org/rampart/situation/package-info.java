/**
 * The situation picture: a read model over the risk register and the open warnings (heat map, roll-up by domain and
 * child jurisdiction, top risks, what changed since a date, overdue reviews) for the home board and the reports.
 *
 * <p>Read models (STYLE.md rule 21): {@code SituationRepository} reads other modules' tables
 * directly and never writes them: the risk module's {@code risk} and {@code risk_assessment}, the taxonomy's
 * {@code risk_domain} (created with the risk tables in V50, kept by the taxonomy module), the warning module's
 * {@code warning} and the jurisdiction module's {@code jurisdiction}; the risk matrix comes from the risk module's
 * facade. So that {@code SituationCache} knows when a kept picture is stale, the situation's
 * migrations V56-V58 put triggers on those tables and on {@code risk_matrix} that only draw the next number of the
 * situation's own sequence {@code situation_change} (at commit, V58); they change nothing in the other modules' rows.
 * A change to one of these tables' columns or to their meaning must be checked against the situation's queries.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "jurisdiction", "risk"})
package org.rampart.situation;
