/**
 * Demo Province: a synthetic province at real scale with boundaries, populations, units and demo users.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "jurisdiction", "identity"})
package org.rampart.demo;
