/**
 * Users, roles, scopes, sign-in, API tokens: who may do what, and where.
 *
 * <p>Read models (STYLE.md rule 21): {@code UserRepository} reads the jurisdiction module's {@code jurisdiction}
 * (the code and path of a user's home jurisdiction, so that user and token lists filter by the caller's scope in SQL
 * and the coordinators or officers at a jurisdiction are found by its path) and {@code unit} (the code of a user's
 * unit) directly, and never writes them; everything else about places (a unit's id by its code, jurisdictions by
 * code) comes from the jurisdiction module's facade. A change to those tables' columns or to their meaning must be
 * checked against the identity queries.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "jurisdiction"})
package org.rampart.identity;
