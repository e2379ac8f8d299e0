package org.rampart.supervision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.jurisdiction.JurisdictionRef;
import org.rampart.jurisdiction.Unit;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Checks;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.rampart.shared.Role;
import org.rampart.supervision.DirectiveRecipients.Mode;
import org.rampart.supervision.ReceiptRepository.NewReceipt;
import org.springframework.stereotype.Component;

/**
 * Resolve to whom a directive goes: every active unit of the jurisdictions one level below a jurisdiction (optionally
 * of some kinds), or the units named. The office may name units of its jurisdiction or anywhere below it; a unit
 * passing it on names units of the jurisdictions directly below its own. A unit the actor cannot see answers like an
 * unknown one; a unit that already received the directive is refused by name.
 */
@Component
class DirectiveAddressing {

    static final int MAX_UNITS = 500;
    static final int MAX_NOTE = 2000;

    private final JurisdictionManagement jurisdictions;

    DirectiveAddressing(DirectiveSupport support) {
        this.jurisdictions = support.jurisdictions;
    }

    /** The decision of a pass-on or the mode of a circulation, checked; NONE is refused unless {@code noneAllowed}. */
    static Mode mode(DirectiveRecipients recipients, boolean noneAllowed, List<Problem> problems) {
        if (recipients == null) {
            problems.add(Problem.at("mode", "value.required"));
            return null;
        }
        Mode mode = Checks.oneOf("mode", recipients.mode(), Mode.class, true, problems);
        if (mode == Mode.NONE && !noneAllowed) {
            problems.add(Problem.at("mode", "directive.recipients.none-at-circulation"));
            return null;
        }
        return mode;
    }

    /**
     * The new receipts for the recipients below {@code base}; {@code directChildrenOnly} for a unit passing it on.
     * Throws the problems found; never returns an empty list.
     */
    List<NewReceipt> resolve(Actor actor, JurisdictionRef base, Mode mode, DirectiveRecipients recipients,
            boolean directChildrenOnly, Set<Long> alreadyReceiving) {
        List<Problem> problems = new ArrayList<>();
        Map<Long, Unit> chosen = new LinkedHashMap<>();
        Map<String, JurisdictionRef> places = new HashMap<>();
        if (mode == Mode.ALL_BELOW) {
            Set<String> kinds = recipients.kinds() == null ? Set.of() : recipients.kinds().stream()
                    .filter(k -> k != null && !k.isBlank()).map(k -> k.trim().toLowerCase(Locale.ROOT))
                    .collect(Collectors.toSet());
            for (Jurisdiction child : children(base.code())) {
                places.put(child.code(), new JurisdictionRef(child.id(), child.code(), child.level(), child.path()));
                for (Unit u : jurisdictions.units(Actor.system(), child.code())) {
                    if ((kinds.isEmpty() || kinds.contains(u.kind().toLowerCase(Locale.ROOT)))
                            && !alreadyReceiving.contains(u.id())) {
                        chosen.put(u.id(), u);
                    }
                }
            }
            if (chosen.isEmpty()) {
                problems.add(Problem.at(kinds.isEmpty() ? "mode" : "kinds", "directive.recipients.none-below"));
            }
        } else {
            List<String> codes = recipients.units() == null ? List.of() : recipients.units();
            if (codes.isEmpty()) {
                problems.add(Problem.at("units", "value.required"));
            } else if (codes.size() > MAX_UNITS) {
                problems.add(Problem.at("units", "directive.recipients.too-many", MAX_UNITS));
            }
            for (int i = 0; i < codes.size() && i < MAX_UNITS; i++) {
                String code = codes.get(i) == null ? "" : codes.get(i).trim();
                Optional<Unit> unit = code.isEmpty() ? Optional.empty() : jurisdictions.findUnit(actor, code);
                if (unit.isEmpty() || !unit.get().active()) {
                    problems.add(Problem.atItem(i, "units", "directive.unit.unknown", code));
                    continue;
                }
                Unit u = unit.get();
                JurisdictionRef place = places.computeIfAbsent(u.jurisdictionCode(),
                        c -> jurisdictions.ref(c).orElseThrow());
                boolean below = place.path().startsWith(base.path())
                        && (!directChildrenOnly || place.level() == base.level() + 1);
                if (!below && directChildrenOnly) {
                    problems.add(Problem.atItem(i, "units", "directive.unit.not-directly-below", code, base.code()));
                } else if (!below) {
                    problems.add(Problem.atItem(i, "units", "directive.unit.not-below", code, base.code()));
                } else if (alreadyReceiving.contains(u.id())) {
                    problems.add(Problem.atItem(i, "units", "directive.unit.already-received", code));
                } else {
                    chosen.put(u.id(), u);
                }
            }
        }
        BadInputException.throwIfAny(problems);
        Map<String, Boolean> below = new HashMap<>();
        List<NewReceipt> out = new ArrayList<>();
        for (Unit u : chosen.values()) {
            JurisdictionRef place = places.computeIfAbsent(u.jurisdictionCode(), c -> jurisdictions.ref(c).orElseThrow());
            boolean hasBelow = below.computeIfAbsent(place.code(), c -> unitsBelow(place));
            out.add(new NewReceipt(u.id(), u.code(), place.id(), place.code(), place.path(), hasBelow));
        }
        return out;
    }

    private List<Jurisdiction> children(String code) {
        List<Jurisdiction> all = new ArrayList<>();
        int page = 0;
        Page<Jurisdiction> p;
        do {
            p = jurisdictions.children(Actor.system(), code, new PageQuery(page++, PageQuery.MAX_SIZE));
            p.items().stream().filter(Jurisdiction::active).forEach(all::add);
        } while (p.hasNext());
        return all;
    }

    /** True when active units exist in the jurisdictions below this one (its subtree has more than its own). */
    private boolean unitsBelow(JurisdictionRef place) {
        // the system's view narrowed to the place's subtree: counts the units of the subtree, the place's own included
        Actor subtree = new Actor(0, Actor.system().username(), Set.of(Role.ADMINISTRATOR), place.id(), place.path(),
                null, false);
        long inSubtree = jurisdictions.unitsInScope(subtree, new PageQuery(0, 1)).total();
        long own = jurisdictions.units(Actor.system(), place.code()).size();
        return inSubtree > own;
    }
}
