/**
 * The risk register: risks per domain and jurisdiction on a likelihood x impact matrix, their assessments over
 * time, treatment plans and review cycles.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "jurisdiction", "indicator",
        "warning", "taxonomy"})
package org.rampart.risk;
