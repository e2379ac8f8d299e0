package org.rampart.shared;

import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Show a record's name in the reader's language, or in the other one when it has none there (a statistics office's
 * list of divisions has Chinese names only). Templates use it as {@code @names}: the shown text goes into the element,
 * its language into the element's {@code lang} attribute.
 */
@Component("names")
public class Names {

    /** A name as shown: its text and the BCP 47 tag of the language it is in ({@code en} or {@code zh}). */
    public record Shown(String text, String lang) {

        @Override
        public String toString() {
            return text;
        }
    }

    /** Pick the name for the reader; never null (an empty text when the record has neither name). */
    public static Shown pick(String en, String zh, Locale locale) {
        boolean chinese = locale != null && "zh".equals(locale.getLanguage());
        String first = chinese ? zh : en;
        String second = chinese ? en : zh;
        if (first != null && !first.isBlank()) {
            return new Shown(first, chinese ? "zh" : "en");
        }
        if (second != null && !second.isBlank()) {
            return new Shown(second, chinese ? "en" : "zh");
        }
        return new Shown("", chinese ? "zh" : "en");
    }

    /** The name's text for the reader (see {@link #pick}). */
    public static String text(String en, String zh, Locale locale) {
        return pick(en, zh, locale).text();
    }

    /** Template form of {@link #pick}. */
    public Shown of(String en, String zh, Locale locale) {
        return pick(en, zh, locale);
    }
}
