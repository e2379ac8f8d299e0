package org.rampart.warning.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rampart.shared.BadInputException.Problem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Put the reasons that {@code WarningManagement} gives (plain English, for the API) into the reader's language on the
 * pages; a reason without a translation is shown as given.
 */
@Component
class WarningProblemTexts {

    private static final Map<Pattern, String> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put(Pattern.compile("is required"), "warning.problem.required");
        KEYS.put(Pattern.compile("is taken"), "warning.problem.taken");
        KEYS.put(Pattern.compile("must be a number"), "warning.problem.number");
        KEYS.put(Pattern.compile("must be a whole number"), "warning.problem.wholeNumber");
        KEYS.put(Pattern.compile("must be between 1 and (\\d+)"), "warning.problem.recoverAfter");
        KEYS.put(Pattern.compile("needs at least one level"), "warning.problem.oneLevel");
        KEYS.put(Pattern.compile("must be a finite number"), "warning.problem.finite");
        KEYS.put(Pattern.compile("must be a whole number of periods, at least 1"), "warning.problem.periods");
        KEYS.put(Pattern.compile("must be (?:greater|less) than the (\\w+) threshold (\\S+) \\((\\w+)\\)"),
                "warning.problem.order");
        KEYS.put(Pattern.compile("must not be (?:less|greater) than the (\\w+) threshold (\\S+) \\((\\w+)\\)"),
                "warning.problem.order");
        KEYS.put(Pattern.compile("must not be (?:longer|shorter) than the (\\w+) window (\\S+) \\((\\w+)\\)"),
                "warning.problem.windowOrder");
        KEYS.put(Pattern.compile("must differ from the (\\w+) level in threshold or window"), "warning.problem.differ");
        KEYS.put(Pattern.compile("unknown jurisdiction '(.*)'"), "warning.problem.jurisdiction");
        KEYS.put(Pattern.compile("unknown unit '(.*)'"), "warning.problem.unit");
        KEYS.put(Pattern.compile("is not a positive ISO-8601 .*"), "warning.problem.duration");
        KEYS.put(Pattern.compile("is required: an ISO-8601 .*"), "warning.problem.duration");
        KEYS.put(Pattern.compile("is required for a \\w+ rule.*"), "warning.problem.required");
    }

    private final MessageSource messages;

    WarningProblemTexts(MessageSource messages) {
        this.messages = messages;
    }

    List<Problem> translate(List<Problem> problems, Locale locale) {
        return problems.stream().map(p -> new Problem(p.field(), p.line(), p.index(), reason(p.reason(), locale)))
                .toList();
    }

    /** The label of a field of the warning page's forms. */
    String field(String field, Locale locale) {
        String key = switch (field == null ? "" : field) {
            case "comment" -> "warnings.comment";
            case "unit" -> "warnings.unitCode";
            case "note" -> "warnings.note";
            default -> null;
        };
        return key == null ? String.valueOf(field) : messages.getMessage(key, null, field, locale);
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
                    String g = m.group(i + 1);
                    args[i] = messages.getMessage("warning.level." + g, null, g, locale);
                }
                return messages.getMessage(entry.getValue(), args, reason, locale);
            }
        }
        return reason;
    }
}
