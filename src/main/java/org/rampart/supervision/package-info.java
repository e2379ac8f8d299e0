/**
 * Supervision (督办): meetings and their decisions, directives circulated down the hierarchy with per-unit
 * confirmation, tasks assigned to member units with deadlines, progress reports and verification, the supervision
 * ladder (reminder, urging, supervision notice, escalation) and scorecards computed from the recorded history.
 * <p>Read models: {@code BoardRepository} (the board, calendar, feed and scorecard) reads the jurisdiction module's
 * {@code unit} and {@code jurisdiction} tables for the codes and names next to its figures, and never writes them.
 * Otherwise the module's repositories read only its own tables ({@code supervision_*}); jurisdictions, units and users
 * are read through the jurisdiction and identity facades.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "jurisdiction", "identity"})
package org.rampart.supervision;
