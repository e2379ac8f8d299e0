package org.rampart.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.rampart.shared.Names;
import org.rampart.taxonomy.DomainManagement;
import org.rampart.warning.WarningChanged;
import org.rampart.warning.WarningLevel;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The texts of a notification in the reader's language, from the message bundles. */
@Component
class NotificationTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneId.of("UTC"));

    private final MessageSource messages;
    private final DomainManagement domains;

    NotificationTexts(MessageSource messages, DomainManagement domains) {
        this.messages = messages;
        this.domains = domains;
    }

    /** The locale of a user's language setting: 'zh' is Simplified Chinese, anything else English. */
    static Locale locale(String language) {
        return "zh".equals(language) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    String title(WarningChanged e, Locale locale) {
        return text("notification.title", locale, level(Routing.levelOf(e), locale), change(e, locale),
                e.jurisdictionCode(), e.ruleCode() == null ? "" : e.ruleCode());
    }

    String body(WarningChanged e, Locale locale) {
        StringBuilder sb = new StringBuilder();
        sb.append(text("notification.body.warning", locale, String.valueOf(e.warningId()))).append('\n');
        sb.append(text("notification.body.change", locale, change(e, locale))).append('\n');
        sb.append(text("notification.body.levels", locale, level(e.from(), locale), level(e.to(), locale))).append('\n');
        if (e.domain() != null) {
            sb.append(text("notification.body.domain", locale, domains.name(e.domain(), locale))).append('\n');
        }
        sb.append(text("notification.body.jurisdiction", locale, e.jurisdictionCode())).append('\n');
        if (e.indicatorCode() != null) {
            sb.append(text("notification.body.indicator", locale, e.indicatorCode())).append('\n');
        }
        if (e.actor() != null) {
            sb.append(text("notification.body.actor", locale, e.actor())).append('\n');
        }
        if (e.comment() != null && !e.comment().isBlank()) {
            sb.append(text("notification.body.comment", locale, e.comment())).append('\n');
        }
        if (e.at() != null) {
            sb.append(text("notification.body.at", locale, TIME.format(e.at()))).append('\n');
        }
        return sb.toString();
    }

    String level(WarningLevel level, Locale locale) {
        return text("notification.level." + (level == null ? "NONE" : level.name()), locale);
    }

    private String change(WarningChanged e, Locale locale) {
        return text("notification.change." + e.change().name(), locale);
    }

    /** Resolve a notice text: message-key arguments are translated first, literals are used as they are. */
    String text(NoticeText t, Locale locale) {
        Object[] args = t.args().stream()
                .map(a -> a.key() != null ? text(a.key(), locale)
                        : a.zh() != null ? Names.text(a.value(), a.zh(), locale)
                        : a.value() == null ? "" : a.value()).toArray();
        return text(t.key(), locale, args);
    }

    String title(NoticeContent c, Locale locale) {
        return text(c.title(), locale);
    }

    String body(NoticeContent c, Locale locale) {
        StringBuilder sb = new StringBuilder();
        for (NoticeText line : c.lines()) {
            sb.append(text(line, locale)).append('\n');
        }
        return sb.toString();
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
