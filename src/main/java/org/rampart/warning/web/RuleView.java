package org.rampart.warning.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.rampart.warning.Rule;
import org.rampart.warning.RuleDefinition;
import org.rampart.warning.WarningLevel;

/** A rule as the API shows it: the definition flattened beside the rule's own fields. */
record RuleView(String code, String indicatorCode, String domain, String nameEn, String nameZh, String type,
        String direction, String aggregate, String comparison, String period, Map<WarningLevel, Double> thresholds,
        Map<WarningLevel, String> windows, List<OverrideView> overrides, int recoverAfter, int version,
        boolean active, Instant updatedAt) {

    record OverrideView(String jurisdiction, Map<WarningLevel, Double> thresholds) {
    }

    static RuleView of(Rule r) {
        RuleDefinition d = r.definition();
        return new RuleView(r.code(), r.indicatorCode(), r.domain().name(), r.nameEn(), r.nameZh(), d.type().name(),
                d.direction().name(), d.aggregate() == null ? null : d.aggregate().name(),
                d.comparison() == null ? null : d.comparison().name(), d.period(), d.thresholds(), d.windows(),
                d.overrides().stream().map(o -> new OverrideView(o.jurisdiction(), o.thresholds())).toList(),
                d.recoverAfter(), r.version(), r.active(), r.updatedAt());
    }
}
