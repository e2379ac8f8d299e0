/**
 * Supervision (督办): meetings and their decisions, directives circulated down the hierarchy with per-unit
 * confirmation, tasks assigned to member units with deadlines, progress reports and verification, the supervision
 * ladder (reminder, urging, supervision notice, escalation) and scorecards computed from the recorded history.
 * <p>Read models: {@code TaskRepository} joins {@code unit} and {@code jurisdiction} (the jurisdiction module's
 * tables) for the codes and names of a task's units and jurisdiction, so that a page of tasks is a few queries, and
 * {@code TaskRecordsRepository} joins {@code unit} for the code of the unit that objected; every
 * other read of jurisdictions, units and users goes through the jurisdiction and identity facades.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "jurisdiction", "identity"})
package org.rampart.supervision;
