package org.rampart.jurisdiction;

/** A new member unit of a jurisdiction. */
public record UnitDraft(String code, String jurisdictionCode, String kind, String nameEn, String nameZh) {
}
