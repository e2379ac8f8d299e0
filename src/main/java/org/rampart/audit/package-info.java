/**
 * The append-only, hash-chained record of every change, sign-in and read of personal data, with its verifier.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.rampart.audit;
