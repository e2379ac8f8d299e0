/**
 * The tree of jurisdictions (any depth, configurable level names) with boundaries, populations and member units.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit"})
package org.rampart.jurisdiction;
