package org.rampart.jurisdiction;

/** A level of the tree (1 province, 2 city, ...) with its names and whether its boundaries are drawn. */
public record JurisdictionLevel(int level, String nameEn, String nameZh, boolean drawn) {

    public String name(java.util.Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
