package org.rampart.identity.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rampart.shared.BadInputException.Problem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Put the reasons that {@code UserManagement} gives (plain English, for the API) into the reader's language on the
 * pages; a reason without a translation is shown as given.
 */
@Component
class ProblemTexts {

    private static final Map<Pattern, String> KEYS = Map.ofEntries(
            Map.entry(Pattern.compile("2 to 64 letters.*"), "problem.username.format"),
            Map.entry(Pattern.compile("is taken"), "problem.taken"),
            Map.entry(Pattern.compile("is required"), "problem.required"),
            Map.entry(Pattern.compile("must be at least (\\d+) characters"), "problem.minLength"),
            Map.entry(Pattern.compile("must be at most (\\d+) characters"), "problem.maxLength"),
            Map.entry(Pattern.compile("at least one role is required"), "problem.roles.required"),
            Map.entry(Pattern.compile("unknown jurisdiction '(.*)' \\(it must lie within your scope\\)"),
                    "problem.jurisdiction.unknown"),
            Map.entry(Pattern.compile("unknown unit '(.*)'"), "problem.unit.unknown"),
            Map.entry(Pattern.compile("unit '(.*)' does not belong to the user's jurisdiction or one above it"),
                    "problem.unit.outside"),
            Map.entry(Pattern.compile("does not match"), "problem.password.wrong"),
            Map.entry(Pattern.compile("must be between 1 and 366"), "problem.days.range"),
            Map.entry(Pattern.compile("administrators cannot remove their own administrator role"), "problem.roles.self"),
            Map.entry(Pattern.compile("administrators cannot deactivate themselves"), "problem.active.self"));

    private final MessageSource messages;

    ProblemTexts(MessageSource messages) {
        this.messages = messages;
    }

    List<Problem> translate(List<Problem> problems, Locale locale) {
        return problems.stream().map(p -> new Problem(p.field(), p.line(), p.index(), reason(p.reason(), locale))).toList();
    }

    String reason(String reason, Locale locale) {
        if (reason == null) {
            return "";
        }
        for (Map.Entry<Pattern, String> entry : KEYS.entrySet()) {
            Matcher m = entry.getKey().matcher(reason);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = m.group(i + 1);
                }
                return messages.getMessage(entry.getValue(), args, reason, locale);
            }
        }
        return reason;
    }
}
