package org.rampart.supervision.web;

import org.rampart.supervision.Directive;
import org.rampart.supervision.DirectiveDraft;

/** The directive form's fields as typed (dates as ISO days; the report box as "on" when ticked). */
record DirectiveForm(String number, String titleEn, String titleZh, String text, String jurisdiction,
        String confirmBy, String reportRequired, String reportDue) {

    static DirectiveForm empty(String jurisdiction) {
        return new DirectiveForm("", "", "", "", jurisdiction, "", null, "");
    }

    static DirectiveForm of(Directive d, java.time.ZoneId zone) {
        return new DirectiveForm(d.number(), d.titleEn(), d.titleZh(), d.text(), d.jurisdictionCode(),
                d.confirmBy() == null ? "" : d.confirmBy().minusNanos(1).atZone(zone).toLocalDate().toString(),
                d.reportRequired() ? "on" : null, d.reportDue() == null ? "" : d.reportDue().toString());
    }

    public boolean report() {
        return reportRequired != null && !reportRequired.isBlank();
    }

    public DirectiveDraft draft() {
        return new DirectiveDraft(number, titleEn, titleZh, text, jurisdiction, confirmBy, report(), reportDue);
    }
}
