package org.rampart.risk;

import java.util.Locale;

/** A domain of the risk taxonomy; parentCode is null for a top-level domain. */
public record RiskDomainEntry(String code, String parentCode, String nameEn, String nameZh, int position,
        boolean active) {

    /** The name in the requested language: Chinese for zh, English otherwise. */
    public String name(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
