package org.rampart.jurisdiction.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.Names;
import org.rampart.shared.PageQuery;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Find jurisdictions as a person types: by name in either language or by code, within the caller's scope, each with
 * its path from the caller's topmost jurisdiction, for the search-as-you-type fields of every form and filter.
 */
@RestController
@RequestMapping("/api/v1/jurisdictions")
class JurisdictionLookupController {

    private static final int MAX = 20;

    private final JurisdictionManagement jurisdictions;

    JurisdictionLookupController(JurisdictionManagement jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    /** One match: the code, the name in the reader's language (with the language it is in) and the path above it. */
    record Match(String code, String name, String lang, int level, String levelName, List<Step> path) {
    }

    /** A jurisdiction above a match. */
    record Step(String code, String name, String lang) {
    }

    record Matches(List<Match> items) {
    }

    @GetMapping("/lookup")
    Matches lookup(@RequestParam String q, @RequestParam(required = false) Integer size) {
        Actor actor = CurrentActor.get();
        Locale locale = LocaleContextHolder.getLocale();
        int limit = size == null ? 10 : Math.max(1, Math.min(MAX, size));
        String text = q.trim();
        List<Jurisdiction> found = new ArrayList<>();
        if (!text.isEmpty()) {
            jurisdictions.find(actor, text).filter(Jurisdiction::active).ifPresent(found::add);
            for (Jurisdiction j : jurisdictions.search(actor, text, null, new PageQuery(0, limit)).items()) {
                if (found.size() < limit && found.stream().noneMatch(f -> f.id() == j.id())) {
                    found.add(j);
                }
            }
        }
        Map<Integer, String> levelNames = new LinkedHashMap<>();
        List<Match> items = found.stream().map(j -> {
            Names.Shown name = Names.pick(j.nameEn(), j.nameZh(), locale);
            List<Step> path = jurisdictions.ancestors(actor, j).stream().map(a -> {
                Names.Shown n = Names.pick(a.nameEn(), a.nameZh(), locale);
                return new Step(a.code(), n.text(), n.lang());
            }).toList();
            String levelName = levelNames.computeIfAbsent(j.level(), l -> jurisdictions.levelName(l, locale));
            return new Match(j.code(), name.text(), name.lang(), j.level(), levelName, path);
        }).toList();
        return new Matches(items);
    }
}
