package org.rampart.jurisdiction.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.Names;
import org.springframework.stereotype.Component;

/**
 * The name of a jurisdiction shown next to its code in lists and boards of every module (templates:
 * {@code ~{fragments/place :: place(code)}}, or {@code @places.name(code, #locale)}). Only jurisdictions within the
 * reader's scope are named; others keep their bare code. Names are kept for a minute per scope.
 */
@Component("places")
class PlaceNames {

    private record Key(String scope, String code) {
    }

    private record Known(String nameEn, String nameZh) {
    }

    private static final Known NONE = new Known(null, null);

    private final JurisdictionManagement jurisdictions;
    private final Cache<Key, Known> names = Caffeine.newBuilder().maximumSize(20_000)
            .expireAfterWrite(Duration.ofMinutes(1)).build();

    PlaceNames(JurisdictionManagement jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    /** The name of the jurisdiction for the reader, or null when it is unknown or outside the reader's scope. */
    public Names.Shown name(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Optional<Actor> actor = CurrentActor.find();
        if (actor.isEmpty()) {
            return null;
        }
        Known known = names.get(new Key(actor.get().scopePath(), code), k -> jurisdictions.find(actor.get(), code)
                .map((Jurisdiction j) -> new Known(j.nameEn(), j.nameZh())).orElse(NONE));
        if (known == NONE) {
            return null;
        }
        Names.Shown shown = Names.pick(known.nameEn(), known.nameZh(), locale);
        return shown.text().isEmpty() ? null : shown;
    }
}
