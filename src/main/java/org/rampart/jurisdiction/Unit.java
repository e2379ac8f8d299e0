package org.rampart.jurisdiction;

/** A member unit (department) of a jurisdiction. */
public record Unit(long id, String code, String jurisdictionCode, String kind, String nameEn, String nameZh, boolean active) {

    public String name(java.util.Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
