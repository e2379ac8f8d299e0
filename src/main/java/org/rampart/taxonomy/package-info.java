/**
 * The domain taxonomy: the editable list of risk domains and sub-domains that every risk, indicator, rule, warning,
 * silence and routing rule is labelled with; changed only by administrators whose scope is the whole tree.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit"})
package org.rampart.taxonomy;
