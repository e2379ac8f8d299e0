package org.rampart.warning.live;

import org.rampart.shared.Scope;
import org.rampart.warning.WarningChanged;

/**
 * The small message that travels through PostgreSQL NOTIFY and on to browsers: which warning changed, where (the
 * materialised path decides who may receive it), to which level and how. {@code change} is {@code MANY} (with
 * {@code count}, without a warning id) when one transaction changed too many warnings to name each, and
 * {@code RESYNC} (path "/") when a node may have missed changes and every board should reload.
 */
record WarningLiveChange(Long warningId, Long jurisdictionId, String path, String jurisdiction, String level,
        String change, Integer count) {

    static final String MANY = "MANY";
    static final String RESYNC = "RESYNC";

    static WarningLiveChange of(WarningChanged e) {
        var level = e.to() != null ? e.to() : e.from();
        return new WarningLiveChange(e.warningId(), e.jurisdictionId(), e.jurisdictionPath(), e.jurisdictionCode(),
                level == null ? null : level.name(), e.change().name(), null);
    }

    static WarningLiveChange many(String path, int count) {
        return new WarningLiveChange(null, null, path, null, null, MANY, count);
    }

    WarningLiveChange withoutCount() {
        return new WarningLiveChange(warningId, jurisdictionId, path, jurisdiction, level, change, null);
    }

    static WarningLiveChange resync() {
        return new WarningLiveChange(null, null, Scope.WHOLE_TREE.path(), null, null, RESYNC, null);
    }
}
