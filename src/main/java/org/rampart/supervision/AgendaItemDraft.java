package org.rampart.supervision;

/** An agenda item: a title in either language; {@code done} (changes only) marks it done or open again. */
public record AgendaItemDraft(String titleEn, String titleZh, Boolean done) {
}
