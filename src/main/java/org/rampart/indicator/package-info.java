/**
 * Key risk indicators and their observations: definitions, ingestion (REST, CSV, MQTT, manual entry), time series
 * and roll-up to parent jurisdictions.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "jurisdiction", "taxonomy"})
package org.rampart.indicator;
