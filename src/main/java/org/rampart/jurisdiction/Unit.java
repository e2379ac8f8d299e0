package org.rampart.jurisdiction;

/** A member unit (department) of a jurisdiction. */
public record Unit(long id, String code, String jurisdictionCode, String kind, String nameEn, String nameZh, boolean active) {

    /** The name in the reader's language, else in the other one (a unit may be named in one language only). */
    public String name(java.util.Locale locale) {
        return org.rampart.shared.Names.text(nameEn, nameZh, locale);
    }

    /** The name as shown to the reader, with its language for the element's {@code lang} attribute. */
    public org.rampart.shared.Names.Shown shown(java.util.Locale locale) {
        return org.rampart.shared.Names.pick(nameEn, nameZh, locale);
    }
}
