package org.rampart.supervision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rampart.jurisdiction.Unit;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.NotFoundException;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.rampart.supervision.DirectiveTree.Counts;
import org.rampart.supervision.DirectiveTree.Gap;
import org.rampart.supervision.DirectiveTree.Node;
import org.springframework.stereotype.Component;

/** Read directives, their receipts and the sender's tree with its gaps, and the directives a unit has to confirm. */
@Component
class DirectiveQueries {

    static final int MAX_QUERY = 200;

    private final DirectiveSupport support;

    DirectiveQueries(DirectiveSupport support) {
        this.support = support;
    }

    Page<Directive> search(Actor actor, Boolean sent, String q, PageQuery page) {
        String query = q == null || q.isBlank() ? null : q.trim();
        if (query != null && query.length() > MAX_QUERY) {
            throw BadInputException.of("q", "text.too-long", MAX_QUERY);
        }
        return support.directives.search(actor.scopePath(), actor.unitId(), sent, query, page);
    }

    List<DirectiveDocument> documents(Actor actor, long id) {
        support.get(actor, id);
        return support.directives.documents(id);
    }

    List<DirectiveReceipt> receipts(Actor actor, long id) {
        support.get(actor, id);
        return support.receipts.visible(id, actor.scopePath(), actor.unitId());
    }

    DirectiveReceipt receipt(Actor actor, long id, long receiptId) {
        support.get(actor, id);
        return support.receipts.find(id, receiptId, actor.scopePath(), actor.unitId())
                .orElseThrow(() -> new NotFoundException("receipt " + receiptId));
    }

    Optional<DirectiveReceipt> ownReceipt(Actor actor, long id) {
        support.get(actor, id);
        return support.receipts.ofUnit(id, actor.unitId());
    }

    List<DirectiveToConfirm> toConfirm(Actor actor, int limit) {
        if (actor.unitId() == null) {
            return List.of();
        }
        return support.receipts.toConfirm(actor.unitId(), support.now(), limit);
    }

    List<DirectiveRepository.TaskLink> tasks(Actor actor, long id) {
        Directive d = support.get(actor, id);
        if (!support.policy.isSender(actor, d)) {
            Set<Long> seen = new java.util.HashSet<>();
            support.receipts.visible(id, actor.scopePath(), actor.unitId()).forEach(r -> seen.add(r.id()));
            return support.directives.tasks(id).stream().filter(t -> t.receiptId() != null && seen.contains(t.receiptId()))
                    .toList();
        }
        return support.directives.tasks(id);
    }

    DirectiveTree tree(Actor actor, long id) {
        Directive directive = support.get(actor, id);
        List<DirectiveReceipt> receipts = support.receipts.visible(id, actor.scopePath(), actor.unitId());
        boolean documents = !support.directives.documents(id).isEmpty();
        Instant now = support.now();
        Map<Long, Unit> units = units(receipts);
        Map<Long, List<DirectiveReceipt>> byParent = new HashMap<>();
        Set<Long> visible = new java.util.HashSet<>();
        receipts.forEach(r -> visible.add(r.id()));
        List<DirectiveReceipt> tops = new ArrayList<>();
        for (DirectiveReceipt r : receipts) {
            if (r.parentId() == null || !visible.contains(r.parentId())) {
                tops.add(r);
            } else {
                byParent.computeIfAbsent(r.parentId(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Node> roots = tops.stream().map(r -> node(r, byParent, units, directive, documents, now)).toList();
        return new DirectiveTree(directive, roots, counts(receipts, directive, documents, now));
    }

    private Node node(DirectiveReceipt r, Map<Long, List<DirectiveReceipt>> byParent, Map<Long, Unit> units,
            Directive directive, boolean documents, Instant now) {
        Unit unit = units.get(r.unitId());
        List<Node> children = byParent.getOrDefault(r.id(), List.of()).stream()
                .map(c -> node(c, byParent, units, directive, documents, now)).toList();
        return new Node(r, unit == null ? r.unitCode() : unit.nameEn(), unit == null ? null : unit.nameZh(),
                gaps(r, directive, documents, now), children);
    }

    static Set<Gap> gaps(DirectiveReceipt r, Directive directive, boolean documents, Instant now) {
        Set<Gap> gaps = EnumSet.noneOf(Gap.class);
        if (!r.confirmed()) {
            gaps.add(r.overdue(now) ? Gap.OVERDUE : Gap.UNCONFIRMED);
        }
        if (r.awaitingPassOn()) {
            gaps.add(Gap.NOT_PASSED_ON);
        }
        if (r.awaitingReport(directive.reportRequired())) {
            gaps.add(Gap.NOT_REPORTED);
        }
        if (documents && r.downloads() == 0) {
            gaps.add(Gap.NOT_DOWNLOADED);
        }
        return gaps;
    }

    static Counts counts(List<DirectiveReceipt> receipts, Directive directive, boolean documents, Instant now) {
        int confirmed = 0;
        int overdue = 0;
        int late = 0;
        int awaitingPassOn = 0;
        int passed = 0;
        int notApplicable = 0;
        int reportsDue = 0;
        int reported = 0;
        int downloaded = 0;
        int levels = 0;
        for (DirectiveReceipt r : receipts) {
            levels = Math.max(levels, r.depth());
            if (r.confirmed()) {
                confirmed++;
                if (r.overdue(now)) {
                    late++;
                }
            } else if (r.overdue(now)) {
                overdue++;
            }
            if (r.awaitingPassOn()) {
                awaitingPassOn++;
            } else if (r.passOn() == PassOn.PASSED) {
                passed++;
            } else if (r.passOn() == PassOn.NOT_APPLICABLE) {
                notApplicable++;
            }
            if (directive.reportRequired()) {
                if (r.reportedAt() == null) {
                    reportsDue++;
                } else {
                    reported++;
                }
            }
            if (documents && r.downloads() > 0) {
                downloaded++;
            }
        }
        return new Counts(receipts.size(), confirmed, overdue, late, awaitingPassOn, passed, notApplicable, reportsDue,
                reported, downloaded, levels);
    }

    /** The receiving units by id, read once per jurisdiction through the jurisdiction facade. */
    private Map<Long, Unit> units(List<DirectiveReceipt> receipts) {
        Map<Long, Unit> units = new HashMap<>();
        Map<String, Boolean> read = new LinkedHashMap<>();
        for (DirectiveReceipt r : receipts) {
            if (read.putIfAbsent(r.jurisdictionCode(), true) == null) {
                support.jurisdictions.units(Actor.system(), r.jurisdictionCode()).forEach(u -> units.put(u.id(), u));
            }
        }
        return units;
    }
}
