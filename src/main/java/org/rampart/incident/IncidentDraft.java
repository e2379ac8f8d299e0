package org.rampart.incident;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a reporter submits, or changes: every member may be null (required ones are named in the problems). Times are
 * ISO-8601 (an instant, a time with offset, or a local time in the site's zone).
 */
public record IncidentDraft(String type, String subType, String title, String description, String jurisdiction,
        Double longitude, Double latitude, String occurredAt, String reportedAt, String organisation, Integer deaths,
        Integer seriousInjuries, Integer missing, Integer affected, BigDecimal economicLoss, List<String> warningRefs,
        List<String> riskRefs) {
}
