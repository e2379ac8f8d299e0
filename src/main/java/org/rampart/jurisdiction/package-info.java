/**
 * The tree of jurisdictions (any depth, configurable level names) with boundaries, populations and member units.
 * {@code JurisdictionPolicy} says who may change them.
 * <p>Read models: none. The module's repository reads only its own tables ({@code jurisdiction},
 * {@code jurisdiction_level}, {@code unit}). Other modules read {@code jurisdiction} and {@code unit} in their own
 * read models (identity, indicator, situation, warning: see their {@code package-info.java}), so a change to those
 * tables' columns or to their meaning must be checked against them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit"})
package org.rampart.jurisdiction;
