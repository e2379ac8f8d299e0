package org.rampart.taxonomy;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.rampart.shared.Names;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The names of domains for pages ({@code @domainNames.of(w.domain(), #locale)} in templates): the taxonomy's name in
 * the reader's language, or the other one, or the code of a domain the table does not know. A page reads the table
 * once however many rows it shows.
 */
@Component("domainNames")
public class DomainNames {

    private static final String MEMO = DomainNames.class.getName() + ".taxonomy";

    private final DomainRepository repository;

    DomainNames(DomainRepository repository) {
        this.repository = repository;
    }

    /** The name of a domain (a {@code RiskDomain} or a code text) as shown; an empty text for null. */
    public Names.Shown of(Object domain, Locale locale) {
        if (domain == null) {
            return new Names.Shown("", locale != null && "zh".equals(locale.getLanguage()) ? "zh" : "en");
        }
        String code = domain.toString();
        RiskDomainEntry entry = taxonomy().get(code);
        return entry == null ? new Names.Shown(code, "en") : entry.shown(locale);
    }

    @SuppressWarnings("unchecked")
    private Map<String, RiskDomainEntry> taxonomy() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object memo = request == null ? null : request.getAttribute(MEMO, RequestAttributes.SCOPE_REQUEST);
        if (memo != null) {
            return (Map<String, RiskDomainEntry>) memo;
        }
        Map<String, RiskDomainEntry> byCode = new LinkedHashMap<>();
        repository.all().forEach(d -> byCode.put(d.code(), d));
        if (request != null) {
            request.setAttribute(MEMO, byCode, RequestAttributes.SCOPE_REQUEST);
        }
        return byCode;
    }
}
