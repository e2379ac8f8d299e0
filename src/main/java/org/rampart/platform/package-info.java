/**
 * Wiring only: the embedded database, security chain, layout, languages, error answers, OpenAPI and the command line.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "jurisdiction", "identity", "demo", "situation", "risk", "supervision"})
package org.rampart.platform;
