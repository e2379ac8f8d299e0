package org.rampart.jurisdiction.web;

import org.rampart.jurisdiction.Jurisdiction;

/** A jurisdiction in API answers. */
record JurisdictionView(String code, String parentCode, int level, String nameEn, String nameZh,
        @io.swagger.v3.oas.annotations.media.Schema(description = "Resident population, in persons.") Long population,
        boolean hasBoundary, boolean active, int childCount) {

    static JurisdictionView of(Jurisdiction j) {
        return new JurisdictionView(j.code(), j.parentCode(), j.level(), j.nameEn(), j.nameZh(), j.population(),
                j.hasBoundary(), j.active(), j.childCount());
    }
}
