package org.rampart.supervision;

/** A decision's text in English, Chinese or both. */
public record DecisionDraft(String textEn, String textZh) {
}
