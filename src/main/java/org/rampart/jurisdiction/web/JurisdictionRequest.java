package org.rampart.jurisdiction.web;

import org.rampart.jurisdiction.JurisdictionDraft;
import tools.jackson.databind.JsonNode;

/** The body of create and update calls; boundary is a GeoJSON geometry object. */
record JurisdictionRequest(String code, String parentCode, Integer level, String nameEn, String nameZh, Long population,
        JsonNode boundary, Boolean clearBoundary) {

    JurisdictionDraft draft() {
        return new JurisdictionDraft(code, parentCode, level, nameEn, nameZh, population,
                boundary == null || boundary.isNull() ? null : boundary.toString());
    }
}
