/**
 * Key risk indicators and their observations: definitions, ingestion (REST, CSV, MQTT, manual entry), time series
 * and roll-up to parent jurisdictions.
 *
 * <p>Read models (STYLE.md rule 21): {@code ObservationRepository} reads the jurisdiction module's
 * {@code jurisdiction} directly and never writes it (the active places of a batch by code, with path and population;
 * path, parent and population in the history, roll-up and children's values, filtered by scope and subtree in SQL);
 * the observation tables refer to it by foreign keys. Everything else about places comes from the jurisdiction
 * module's facade. A change to that table's columns or to their meaning must be checked against the indicator's
 * queries.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "jurisdiction", "taxonomy"})
package org.rampart.indicator;
