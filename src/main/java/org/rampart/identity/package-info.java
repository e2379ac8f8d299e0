/**
 * Users, roles, scopes, sign-in, API tokens: who may do what, and where.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "jurisdiction"})
package org.rampart.identity;
