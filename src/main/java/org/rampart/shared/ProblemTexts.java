package org.rampart.shared;

import java.util.ArrayList;
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
 * Show the problems of refused input in the reader's language: the reasons every module registers in its
 * {@link ProblemCatalog}; a reason without a translation is shown as given. Templates use it as
 * {@code @problemTexts}.
 */
@Component("problemTexts")
public class ProblemTexts {

    private final MessageSource messages;
    private final Map<Pattern, String> reasons = new LinkedHashMap<>();
    private final Map<String, String> fields = new LinkedHashMap<>();

    ProblemTexts(MessageSource messages, List<ProblemCatalog> catalogs) {
        this.messages = messages;
        for (ProblemCatalog catalog : catalogs) {
            catalog.reasons().forEach((regex, key) -> reasons.putIfAbsent(Pattern.compile(regex), key));
            catalog.fields().forEach(fields::putIfAbsent);
        }
    }

    /** The reason in the reader's language. */
    public String reason(String reason, Locale locale) {
        if (reason == null) {
            return "";
        }
        for (Map.Entry<Pattern, String> entry : reasons.entrySet()) {
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

    /** The label of a field in the reader's language, or the field's name. */
    public String label(String field, Locale locale) {
        if (field == null) {
            return "";
        }
        String key = fields.get(field);
        return key == null ? field : messages.getMessage(key, null, field, locale);
    }

    /** One problem as a line: where (line, item, field) and why, in the reader's language. */
    public String line(Problem p, Locale locale) {
        StringBuilder sb = new StringBuilder();
        if (p.line() != null) {
            sb.append(messages.getMessage("problem.at.line", new Object[] {p.line()}, "line " + p.line() + ": ", locale));
        }
        if (p.index() != null) {
            sb.append(messages.getMessage("problem.at.item", new Object[] {p.index()}, "item " + p.index() + ": ", locale));
        }
        if (p.field() != null) {
            sb.append(label(p.field(), locale)).append(messages.getMessage("problem.separator", null, ": ", locale));
        }
        return sb.append(reason(p.reason(), locale)).toString();
    }

    public List<String> lines(List<Problem> problems, Locale locale) {
        List<String> out = new ArrayList<>();
        for (Problem p : problems) {
            out.add(line(p, locale));
        }
        return out;
    }

    /** The same problems with their reasons in the reader's language. */
    public List<Problem> translate(List<Problem> problems, Locale locale) {
        return problems.stream().map(p -> new Problem(p.field(), p.line(), p.index(), reason(p.reason(), locale))).toList();
    }
}
