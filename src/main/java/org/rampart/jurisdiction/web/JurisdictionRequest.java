package org.rampart.jurisdiction.web;

import org.rampart.jurisdiction.JurisdictionDraft;
import tools.jackson.databind.JsonNode;

/** The body of create and update calls; boundary is a GeoJSON geometry object. */
record JurisdictionRequest(String code, String parentCode, Integer level, String nameEn, String nameZh,
        @io.swagger.v3.oas.annotations.media.Schema(description = "Resident population, in persons (a whole number from 0).") Long population,
        JsonNode boundary, Boolean clearBoundary) {

    JurisdictionDraft draft() {
        return new JurisdictionDraft(code, parentCode, level, nameEn, nameZh, population,
                boundary == null || boundary.isNull() ? null : boundary.toString());
    }
}
