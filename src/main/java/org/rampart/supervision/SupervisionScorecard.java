package org.rampart.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The scorecard of the lead units and jurisdictions of the actor's scope over a period, computed from the tasks and
 * their history: on time, average delay, approved and unapproved delay, extension decisions, objections and the
 * sent-back rate, with a ranking; next to them the directive receipts due in the period and the share confirmed on
 * time (not part of the ranking).
 */
@Service
public class SupervisionScorecard {

    /** The longest period a scorecard covers. */
    public static final int MAX_DAYS = 1_098;

    private final ScorecardRepository repository;
    private final BoardRepository names;
    private final SupervisionBoard board;
    private final BoardCache cache;
    private final Clock clock;

    SupervisionScorecard(ScorecardRepository repository, BoardRepository names, SupervisionBoard board,
            BoardCache cache, ObjectProvider<Clock> clock) {
        this.repository = repository;
        this.names = names;
        this.board = board;
        this.cache = cache;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    private record Question(String scope, Long unit, BoardFilter filter, LocalDate from, LocalDate to, LocalDate today) {
    }

    /**
     * The scorecard of the tasks whose original deadline lies between {@code from} and {@code to} (null: the last 365
     * days up to today), narrowed by the filter's jurisdiction, priority, source and unit (status and band are
     * ignored). A period that ends before it starts, or is longer than {@link #MAX_DAYS}, is bad input naming
     * {@code from}.
     */
    public Scorecard scorecard(Actor actor, BoardFilter filter, LocalDate from, LocalDate to) {
        LocalDate today = board.today();
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusDays(364) : from;
        if (start.isAfter(end)) {
            throw BadInputException.of("from", "supervision.scorecard.period-reversed", start, end);
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw BadInputException.of("from", "supervision.scorecard.period-too-long", MAX_DAYS);
        }
        BoardFilter f = new BoardFilter(filter.jurisdiction(), null, filter.priority(), filter.source(), filter.unit(), null);
        return cache.get(new Question(actor.scopePath(), actor.unitId(), f, start, end, today), () -> {
            SupervisionBoard.Resolved r = board.resolve(actor, f, today);
            return compute(r, start, end, today);
        });
    }

    private Scorecard compute(SupervisionBoard.Resolved r, LocalDate from, LocalDate to, LocalDate today) {
        List<ScorecardRepository.Figures> figures = repository.figures(r.criteria(), from, to);
        List<ScorecardRepository.Objections> events = repository.objections(r.criteria(), from, to);
        List<ScorecardRepository.Receipts> receipts = repository.receipts(r.criteria(), from, to);
        Map<String, ScorecardRepository.Figures> f = new HashMap<>();
        Map<String, ScorecardRepository.Objections> e = new HashMap<>();
        Map<String, ScorecardRepository.Receipts> d = new HashMap<>();
        figures.forEach(x -> f.put(x.grouping() + ":" + x.key(), x));
        events.forEach(x -> e.put(x.grouping() + ":" + x.key(), x));
        receipts.forEach(x -> d.put(x.grouping() + ":" + x.key(), x));
        List<String> keys = union(union(f.keySet(), e.keySet()), d.keySet());
        Set<Long> unitIds = new HashSet<>();
        Set<Long> childIds = new HashSet<>();
        for (String k : keys) {
            String key = k.substring(k.indexOf(':') + 1);
            if (k.startsWith("unit:")) {
                unitIds.add(Long.valueOf(key));
            } else if (k.startsWith("child:") && !key.isEmpty() && !"-".equals(key)) {
                childIds.add(Long.valueOf(key));
            }
        }
        Map<Long, String[]> units = names.units(unitIds);
        Map<Long, String[]> places = names.jurisdictions(childIds);
        List<Scorecard.Line> unitLines = new ArrayList<>();
        List<Scorecard.Line> childLines = new ArrayList<>();
        for (String k : keys) {
            String key = k.substring(k.indexOf(':') + 1);
            if (k.startsWith("unit:")) {
                String[] u = units.getOrDefault(Long.valueOf(key), new String[] {key, null, null, null});
                unitLines.add(line(u[0], u[1], u[2], u[3], f.get(k), e.get(k), d.get(k)));
            } else if (k.startsWith("child:")) {
                if (key.isEmpty()) {
                    childLines.add(line(r.root().code(), r.root().nameEn(), r.root().nameZh(), null, f.get(k), e.get(k), d.get(k)));
                } else if ("-".equals(key)) {
                    childLines.add(line("-", null, null, null, f.get(k), e.get(k), d.get(k)));
                } else {
                    String[] j = places.getOrDefault(Long.valueOf(key), new String[] {key, null, null});
                    childLines.add(line(j[0], j[1], j[2], null, f.get(k), e.get(k), d.get(k)));
                }
            }
        }
        Scorecard.Line total = line(r.root() == null ? "" : r.root().code(), null, null, null, f.get("all:"), e.get("all:"),
                d.get("all:"));
        return new Scorecard(r.root() == null ? null : r.root().code(), from, to, today, rank(unitLines),
                unitLines.size(), rank(childLines), total, Instant.now(clock));
    }

    private static List<String> union(java.util.Collection<String> a, java.util.Collection<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all.stream().sorted().toList();
    }

    private static Scorecard.Line line(String code, String en, String zh, String jurisdiction,
            ScorecardRepository.Figures f, ScorecardRepository.Objections e, ScorecardRepository.Receipts d) {
        int onTime = f == null ? 0 : f.onTime();
        int late = f == null ? 0 : f.late();
        int submissions = f == null ? 0 : f.submissions();
        int sentBack = f == null ? 0 : f.sentBack();
        int due = d == null ? 0 : d.due();
        int confirmed = d == null ? 0 : d.confirmedOnTime();
        return new Scorecard.Line(0, code, en, zh, jurisdiction, f == null ? 0 : f.tasks(), onTime, late,
                f == null ? 0 : f.pending(), onTime + late == 0 ? null : (double) onTime / (onTime + late),
                f == null ? null : f.averageDelay(), f == null ? 0 : f.approvedDays(), f == null ? 0 : f.unapprovedDays(),
                f == null ? 0 : f.extensionsApproved(), f == null ? 0 : f.extensionsRefused(),
                e == null ? 0 : e.objections(), submissions, sentBack,
                submissions == 0 ? null : (double) sentBack / submissions, due, confirmed,
                due == 0 ? null : (double) confirmed / due);
    }

    /** Best first: the highest on-time rate, then the lowest average delay, then the lowest sent-back rate. */
    static List<Scorecard.Line> rank(List<Scorecard.Line> lines) {
        Comparator<Scorecard.Line> order = Comparator
                .comparing((Scorecard.Line l) -> l.onTimeRate() == null ? 1 : 0)
                .thenComparing(l -> -nz(l.onTimeRate()))
                .thenComparing(l -> nz(l.averageDelayDays()))
                .thenComparing(l -> nz(l.sentBackRate()));
        List<Scorecard.Line> sorted = new ArrayList<>(lines);
        sorted.sort(order.thenComparing(Scorecard.Line::code));
        List<Scorecard.Line> out = new ArrayList<>();
        int rank = 0;
        Scorecard.Line previous = null;
        for (int i = 0; i < sorted.size(); i++) {
            Scorecard.Line l = sorted.get(i);
            if (l.onTimeRate() == null) {
                out.add(l.ranked(0));
                continue;
            }
            if (previous == null || order.compare(previous, l) != 0) {
                rank = i + 1;
            }
            out.add(l.ranked(rank));
            previous = l;
        }
        return List.copyOf(out);
    }

    private static double nz(Double d) {
        return Objects.requireNonNullElse(d, 0.0);
    }
}
