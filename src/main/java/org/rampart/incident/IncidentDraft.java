package org.rampart.incident;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * What a reporter submits, or changes: every member may be null (required ones are named in the problems). Times are
 * ISO-8601 (an instant, a time with offset, or a local time in the site's zone).
 */
@Schema(description = "An incident report, or a change of one (PATCH: absent members keep their values).")
public record IncidentDraft(
        @Schema(description = "Incident type (required).", allowableValues = {"PRODUCTION_SAFETY", "NATURAL_DISASTER",
                "PUBLIC_HEALTH", "SOCIAL_SECURITY", "CYBER_DATA", "SUPPLY_DISRUPTION"}) String type,
        @Schema(description = "Sub-type, one of the type's: PRODUCTION_SAFETY: MINING, HAZARDOUS_CHEMICALS, "
                + "CONSTRUCTION, FIRE, ROAD_TRAFFIC, OTHER; NATURAL_DISASTER: FLOOD, TYPHOON, EARTHQUAKE, LANDSLIDE, "
                + "DROUGHT, WILDFIRE, OTHER; PUBLIC_HEALTH: INFECTIOUS_DISEASE, FOOD_POISONING, OTHER; SOCIAL_SECURITY: "
                + "MASS_GATHERING, PUBLIC_ORDER, OTHER; CYBER_DATA: RANSOMWARE, DATA_BREACH, SERVICE_OUTAGE, OTHER; "
                + "SUPPLY_DISRUPTION: FOOD, ENERGY, OTHER.") String subType,
        @Schema(description = "Title (required), at most 200 characters.", maxLength = 200) String title,
        @Schema(description = "Description, at most 8,000 characters.", maxLength = 8000) String description,
        @Schema(description = "Code of the jurisdiction where it happened (required; in the caller's scope).",
                example = "DP-01-01") String jurisdiction,
        @Schema(description = "Longitude in decimal degrees (WGS 84), from -180 to 180; given with latitude.",
                minimum = "-180", maximum = "180") Double longitude,
        @Schema(description = "Latitude in decimal degrees (WGS 84), from -90 to 90; given with longitude.",
                minimum = "-90", maximum = "90") Double latitude,
        @Schema(description = "When it happened (required), ISO-8601: an instant, a time with offset, or a local "
                + "time in the site's zone; not in the future.", example = "2026-05-01T08:00:00+08:00") String occurredAt,
        @Schema(description = "When it was reported, ISO-8601 as occurredAt; defaults to now.") String reportedAt,
        @Schema(description = "Organisation (never a person) concerned, at most 200 characters.") String organisation,
        @Schema(description = "Number of deaths (persons), a whole number from 0.", minimum = "0",
                maximum = "100000000") @JsonDeserialize(using = WholeNumberDeserializer.class) Integer deaths,
        @Schema(description = "Number of serious injuries, including acute industrial poisoning (persons), a whole "
                + "number from 0.", minimum = "0", maximum = "100000000") @JsonDeserialize(using = WholeNumberDeserializer.class) Integer seriousInjuries,
        @Schema(description = "Number of missing persons, a whole number from 0.", minimum = "0",
                maximum = "100000000") @JsonDeserialize(using = WholeNumberDeserializer.class) Integer missing,
        @Schema(description = "Number of persons affected, a whole number from 0.", minimum = "0",
                maximum = "100000000") @JsonDeserialize(using = WholeNumberDeserializer.class) Integer affected,
        @Schema(description = "Direct economic loss in 10,000 CNY (万元), from 0, at most 2 decimals.", minimum = "0",
                example = "1200.50") BigDecimal economicLoss,
        @Schema(description = "Numbers of related warnings in the caller's scope (such as 17 or W-17), at most 20.")
        List<String> warningRefs,
        @Schema(description = "Codes of related risks in the caller's scope, at most 20.") List<String> riskRefs) {
}
