package org.rampart.notification.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rampart.shared.BadInputException.Problem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Put the reasons that {@code NotificationManagement} gives for a refused routing rule (plain English, for the API)
 * into the reader's language on the pages; a reason without a translation is shown as given.
 */
@Component
class RuleProblemTexts {

    private static final Map<Pattern, String> REASONS = Map.ofEntries(
            Map.entry(Pattern.compile("is required"), "notification.problem.required"),
            Map.entry(Pattern.compile("must be at most (\\d+) characters"), "notification.problem.maxLength"),
            Map.entry(Pattern.compile("unknown domain '(.*)'"), "notification.problem.domain"),
            Map.entry(Pattern.compile("unknown level '(.*)' \\(BLUE, YELLOW, ORANGE or RED\\)"), "notification.problem.level"),
            Map.entry(Pattern.compile("unknown jurisdiction '(.*)' \\(it must lie within your scope\\)"),
                    "notification.problem.jurisdiction"),
            Map.entry(Pattern.compile("unknown kind of change '(.*)'"), "notification.problem.change"),
            Map.entry(Pattern.compile("unknown channel '(.*)' \\(IN_APP, EMAIL or WEBHOOK\\)"), "notification.problem.channel"),
            Map.entry(Pattern.compile("unknown or inactive user '(.*)'"), "notification.problem.user"),
            Map.entry(Pattern.compile("unknown unit '(.*)'"), "notification.problem.unit"),
            Map.entry(Pattern.compile("name users, units or the coordinators of the jurisdiction"),
                    "notification.problem.targets"),
            Map.entry(Pattern.compile("an absolute http or https URL of at most 2000 characters is required"),
                    "notification.problem.url"),
            Map.entry(Pattern.compile("is required for a webhook"), "notification.problem.secretRequired"),
            Map.entry(Pattern.compile("must be (\\d+) to 200 characters"), "notification.problem.secretLength"));

    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("name", "notification.rule.name"),
            Map.entry("domain", "notification.rule.domain"), Map.entry("minLevel", "notification.rule.minLevel"),
            Map.entry("jurisdiction", "notification.rule.jurisdiction"), Map.entry("changes", "notification.rule.changes"),
            Map.entry("channels", "notification.rule.channels"), Map.entry("usernames", "notification.rule.usernames"),
            Map.entry("units", "notification.rule.units"), Map.entry("targets", "notification.rule.targets"),
            Map.entry("webhookUrl", "notification.rule.webhookUrl"),
            Map.entry("webhookSecret", "notification.rule.webhookSecret"));

    private final MessageSource messages;

    RuleProblemTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** Each problem as one line: the field's label and the reason, in the reader's language. */
    List<String> lines(List<Problem> problems, Locale locale) {
        return problems.stream().map(p -> label(p.field(), locale) + ": " + reason(p.reason(), locale)).toList();
    }

    private String label(String field, Locale locale) {
        String key = field == null ? null : FIELDS.get(field);
        return key == null ? String.valueOf(field) : messages.getMessage(key, null, field, locale);
    }

    private String reason(String reason, Locale locale) {
        for (Map.Entry<Pattern, String> e : REASONS.entrySet()) {
            Matcher m = e.getKey().matcher(reason);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = m.group(i + 1);
                }
                return messages.getMessage(e.getValue(), args, reason, locale);
            }
        }
        return reason;
    }
}
