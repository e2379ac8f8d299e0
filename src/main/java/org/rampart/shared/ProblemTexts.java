package org.rampart.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rampart.shared.BadInputException.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Show the problems of refused input in the reader's language: a problem's code is the message key
 * {@code problem.<code>}, its arguments the message's {@code {0}}, {@code {1}}…; a field's label is the key its module
 * registers in {@link ProblemCatalog#fields()}, else {@code field.<name>}, else the name. Templates use it as
 * {@code @problemTexts}.
 */
@Component("problemTexts")
public class ProblemTexts {

    private static final Logger log = LoggerFactory.getLogger(ProblemTexts.class);

    private final MessageSource messages;
    private final Map<String, String> fields = new LinkedHashMap<>();

    ProblemTexts(MessageSource messages, List<ProblemCatalog> catalogs) {
        this.messages = messages;
        for (ProblemCatalog catalog : catalogs) {
            catalog.fields().forEach(fields::putIfAbsent);
        }
    }

    /** The reason of a problem in the reader's language. */
    public String reason(Problem p, Locale locale) {
        return text(p.code(), p.args().toArray(), locale);
    }

    /** The text of a problem code with its arguments in the reader's language; the code itself when it has none. */
    public String text(String code, Object[] args, Locale locale) {
        try {
            return messages.getMessage("problem." + code, args, locale);
        } catch (NoSuchMessageException e) {
            log.warn("No text for problem code {}", code);
            return code;
        }
    }

    /** The label of a field in the reader's language, or the field's name. Item indexes ({@code [3]}) are ignored. */
    public String label(String field, Locale locale) {
        return label(field, locale, null);
    }

    /** The label of a field, looked up first in the page's own catalogue (a field name means different things). */
    public String label(String field, Locale locale, ProblemCatalog own) {
        if (field == null) {
            return "";
        }
        String bare = field.replaceAll("\\[\\d+]", "");
        String key = own == null ? null : own.fields().get(bare);
        if (key == null) {
            key = fields.get(bare);
        }
        if (key == null) {
            key = "field." + bare;
        }
        return messages.getMessage(key, null, field, locale);
    }

    /** One problem as a line: where (line, item, field) and why, in the reader's language. */
    public String line(Problem p, Locale locale) {
        return line(p, locale, null);
    }

    /** One problem as a line, with the labels of the page's own catalogue first. */
    public String line(Problem p, Locale locale, ProblemCatalog own) {
        StringBuilder sb = new StringBuilder();
        if (p.line() != null) {
            sb.append(messages.getMessage("problem.at.line", new Object[] {p.line()}, "line " + p.line() + ": ", locale));
        }
        if (p.index() != null) {
            sb.append(messages.getMessage("problem.at.item", new Object[] {p.index()}, "item " + p.index() + ": ", locale));
        }
        if (p.field() != null) {
            sb.append(label(p.field(), locale, own)).append(messages.getMessage("problem.separator", null, ": ", locale));
        }
        return sb.append(reason(p, locale)).toString();
    }

    /**
     * One problem as an item of an answer's {@code errors} or {@code problems}: {@code line}, {@code index},
     * {@code field} when present, then {@code code} and {@code reason} in the reader's language.
     */
    public Map<String, Object> view(Problem p, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (p.line() != null) {
            m.put("line", p.line());
        }
        if (p.index() != null) {
            m.put("index", p.index());
        }
        if (p.field() != null) {
            m.put("field", p.field());
        }
        m.put("code", p.code());
        m.put("reason", reason(p, locale));
        return m;
    }

    /** The problems as answer items in the language of the current request (see {@link #view}). */
    public List<Map<String, Object>> views(List<Problem> problems) {
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return problems.stream().map(p -> view(p, locale)).toList();
    }

    public List<String> lines(List<Problem> problems, Locale locale) {
        return lines(problems, locale, null);
    }

    /** The problems as lines, with the labels of the page's own catalogue first. */
    public List<String> lines(List<Problem> problems, Locale locale, ProblemCatalog own) {
        List<String> out = new ArrayList<>();
        for (Problem p : problems) {
            out.add(line(p, locale, own));
        }
        return out;
    }
}
