package org.rampart.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The two languages: English and Simplified Chinese. The choice lives in a cookie, and for signed-in users also in
 * their account, which restores it at the next sign-in.
 */
@Component("localeResolver")
public class LocaleSupport extends CookieLocaleResolver {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    LocaleSupport() {
        super("rampart-lang");
        setCookieMaxAge(Duration.ofDays(365));
        setCookieSameSite("Lax");
        setDefaultLocaleFunction(LocaleSupport::fromHeader);
    }

    private static Locale fromHeader(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header != null) {
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(header), List.of(Locale.ENGLISH, Locale.CHINESE));
                if (best != null && "zh".equals(best.getLanguage())) {
                    return Locale.SIMPLIFIED_CHINESE;
                }
            } catch (IllegalArgumentException ignored) {
                // a malformed header falls back to English
            }
        }
        return Locale.ENGLISH;
    }

    /** Parse "zh", "zh-CN" or "en" into a supported locale. */
    public static Locale parse(String tag) {
        return tag != null && tag.toLowerCase().startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    /** The short tag stored in accounts: "zh" or "en". */
    public static String tag(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? "zh" : "en";
    }

    public void apply(HttpServletRequest request, HttpServletResponse response, String tag) {
        setLocale(request, response, parse(tag));
    }
}
