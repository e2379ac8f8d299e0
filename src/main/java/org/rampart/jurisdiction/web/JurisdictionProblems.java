package org.rampart.jurisdiction.web;

import java.util.Map;
import org.rampart.shared.ProblemCatalog;
import org.springframework.stereotype.Component;

/** The labels of the fields that the jurisdiction module's problems name. */
@Component
class JurisdictionProblems implements ProblemCatalog {


    @Override
    public Map<String, String> fields() {
        return Map.ofEntries(
                Map.entry("code", "jurisdiction.code"),
                Map.entry("parentCode", "jurisdiction.parentCode"),
                Map.entry("parent_code", "jurisdiction.parentCode"),
                Map.entry("nameEn", "jurisdiction.nameEn"),
                Map.entry("name_en", "jurisdiction.nameEn"),
                Map.entry("nameZh", "jurisdiction.nameZh"),
                Map.entry("name_zh", "jurisdiction.nameZh"),
                Map.entry("population", "home.population"),
                Map.entry("boundary", "jurisdiction.boundary"),
                Map.entry("geometry", "jurisdiction.boundary"),
                Map.entry("level", "home.level"),
                Map.entry("kind", "units.kind"));
    }
}
