/**
 * Ids, the acting user, paging and problem types shared by every module; no business rules.
 */
package org.rampart.shared;
