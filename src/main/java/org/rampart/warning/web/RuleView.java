package org.rampart.warning.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.rampart.warning.Rule;
import org.rampart.warning.RuleDefinition;
import org.rampart.warning.WarningLevel;

/** A rule as the API shows it: the definition flattened beside the rule's own fields. */
record RuleView(String code, String indicatorCode, String domain, String nameEn, String nameZh,
        @io.swagger.v3.oas.annotations.media.Schema(implementation = org.rampart.warning.RuleType.class) String type, @io.swagger.v3.oas.annotations.media.Schema(implementation = org.rampart.warning.Direction.class) String direction,
        @io.swagger.v3.oas.annotations.media.Schema(implementation = org.rampart.warning.Aggregate.class) String aggregate, @io.swagger.v3.oas.annotations.media.Schema(implementation = org.rampart.warning.Comparison.class) String comparison, String period, Map<WarningLevel, Double> thresholds,
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
