/**
 * Notifications: routing by domain, level and jurisdiction subtree to users, units and channels (in-app inbox,
 * e-mail, signed webhooks), with delivery records, retries and a dead-letter list.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "jurisdiction", "identity", "warning",
        "risk", "incident", "taxonomy", "supervision"})
package org.rampart.notification;
