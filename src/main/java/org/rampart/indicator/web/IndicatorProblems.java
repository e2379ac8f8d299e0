package org.rampart.indicator.web;

import java.util.Map;
import org.rampart.shared.ProblemCatalog;
import org.springframework.stereotype.Component;

/** The labels of the fields that the indicator module's problems name (its pages name them first). */
@Component
public class IndicatorProblems implements ProblemCatalog {


    @Override
    public Map<String, String> fields() {
        return Map.ofEntries(
                Map.entry("code", "indicator.code"),
                Map.entry("nameEn", "indicator.nameEn"),
                Map.entry("nameZh", "indicator.nameZh"),
                Map.entry("domain", "indicator.domain"),
                Map.entry("unitOfMeasure", "indicator.unitOfMeasure"),
                Map.entry("periodType", "indicator.periodType"),
                Map.entry("aggregation", "indicator.aggregation"),
                Map.entry("responsibleUnitCode", "indicator.responsibleUnit"),
                Map.entry("description", "indicator.description"),
                Map.entry("source", "indicator.source"),
                Map.entry("indicator", "indicator.field.indicator"),
                Map.entry("jurisdiction", "indicator.field.jurisdiction"),
                Map.entry("time", "indicator.field.time"),
                Map.entry("value", "indicator.field.value"),
                Map.entry("file", "indicator.field.file"),
                Map.entry("payload", "indicator.field.payload"),
                Map.entry("observations", "indicator.field.observations"),
                Map.entry("parent", "indicator.grid.parent"),
                Map.entry("periods", "indicator.grid.periods"));
    }
}
