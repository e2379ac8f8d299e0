package org.rampart.situation;

import java.util.Locale;

/** A code with its names in both languages: a domain, a jurisdiction or a matrix step. */
public record Named(String code, String nameEn, String nameZh) {

    /** The name in the requested language: Chinese for zh, English otherwise. */
    public String name(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
