/**
 * Demo Province: a synthetic province at real scale with boundaries, populations, units, demo users and demo
 * indicators with observations.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "jurisdiction", "identity", "indicator", "incident"})
package org.rampart.demo;
