/**
 * Demo Province: a synthetic province at real scale with boundaries, populations, units, demo users and demo
 * indicators with observations, and a demo risk register with assessment histories.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "jurisdiction", "identity", "indicator", "audit", "risk", "incident"})
package org.rampart.demo;
