package org.rampart.risk;

/**
 * What to list from the register; null members do not filter. Without a status only open risks are listed;
 * {@code status=ALL} lists closed ones too.
 *
 * @param q words to find in the codes, titles and texts (English stemmed, Chinese by substring)
 * @param domain a domain code; its sub-domains are included
 * @param jurisdiction a jurisdiction code: the risks of its subtree
 * @param sort a column name ({@code code, title, level, residual, domain, nextReview, updated, status}), with a
 *     leading {@code -} for descending; null sorts bottom-line risks first, then by score
 */
public record RiskFilter(String q, String domain, String level, String status, String jurisdiction, String ownerUnit,
        Boolean bottomLine, Boolean overdueReview, Boolean reassessmentNeeded, String sort) {

    /** No filter: the open risks of the scope, bottom-line first. */
    public static RiskFilter none() {
        return new RiskFilter(null, null, null, null, null, null, null, null, null, null);
    }
}
