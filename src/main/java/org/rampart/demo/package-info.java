/**
 * Demo Province: a synthetic province at real scale with boundaries, populations, units, demo users and demo
 * indicators with observations, a demo risk register with assessment histories,
 * and early warnings raised by demo observations through the normal ingestion path.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "jurisdiction", "identity", "indicator", "audit", "risk", "incident", "warning", "warning :: cap"})
package org.rampart.demo;
