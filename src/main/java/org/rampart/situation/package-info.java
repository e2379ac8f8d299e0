/**
 * The situation picture: a read model over the risk register and the open warnings (heat map, roll-up by domain and
 * child jurisdiction, top risks, what changed since a date, overdue reviews) for the home board and the reports.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "jurisdiction", "risk"})
package org.rampart.situation;
