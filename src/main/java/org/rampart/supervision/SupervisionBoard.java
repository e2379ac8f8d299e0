package org.rampart.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.NotFoundException;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervision board of the actor's scope: open tasks by band, status, lead unit and jurisdiction, the lists behind
 * each figure, the cascade tree of a task, and the tasks due in a span of days (the calendar). A task counts when its
 * assigning jurisdiction lies in the actor's scope or the actor's unit is one of its units; a jurisdiction or unit
 * outside the scope is answered like an unknown one.
 */
@Service
@EnableConfigurationProperties(BoardSettings.class)
public class SupervisionBoard {

    /** At most this many tasks go into an export of a list. */
    public static final int MAX_EXPORT = 100_000;
    /** At most this many tasks are shown on one month of the calendar. */
    public static final int MAX_MONTH = 2_000;

    private final BoardRepository repository;
    private final BoardCache cache;
    private final JurisdictionManagement jurisdictions;
    private final BoardSettings settings;
    private final Clock clock;

    SupervisionBoard(BoardRepository repository, BoardCache cache, JurisdictionManagement jurisdictions,
            BoardSettings settings, ObjectProvider<Clock> clock) {
        this.repository = repository;
        this.cache = cache;
        this.jurisdictions = jurisdictions;
        this.settings = settings;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    public BoardSettings settings() {
        return settings;
    }

    /** Today in the server's zone: the day bands and delays are counted on. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private record Question(String kind, String scope, Long unit, BoardFilter filter, LocalDate today) {
    }

    /** Count the open tasks of the board; bad input names {@code jurisdiction} or {@code unit} when unknown. */
    public Board board(Actor actor, BoardFilter filter) {
        LocalDate today = today();
        return cache.get(new Question("board", actor.scopePath(), actor.unitId(), filter.withBand(null), today), () -> {
            Resolved r = resolve(actor, filter.withBand(null), today);
            return count(r, today);
        });
    }

    /** A page of the open tasks the filter selects, most overdue first. */
    @Transactional(readOnly = true)
    public Page<BoardTask> tasks(Actor actor, BoardFilter filter, PageQuery page) {
        TaskCriteria c = resolve(actor, filter, today()).criteria();
        return new Page<>(repository.open(c, page.offset(), page.size()), page.page(), page.size(),
                repository.countOpen(c));
    }

    /** Every open task the filter selects (at most {@link #MAX_EXPORT}), most overdue first: the export. */
    @Transactional(readOnly = true)
    public List<BoardTask> export(Actor actor, BoardFilter filter) {
        return repository.open(resolve(actor, filter, today()).criteria(), 0, MAX_EXPORT);
    }

    /** The tasks (open or done) whose deadline falls between two days, at most {@link #MAX_MONTH}, by deadline. */
    @Transactional(readOnly = true)
    public List<BoardTask> due(Actor actor, BoardFilter filter, LocalDate from, LocalDate to) {
        return repository.due(resolve(actor, filter, today()).criteria(), from, to, MAX_MONTH);
    }

    /**
     * The cascade a task belongs to, from its top, as far as the actor may see it: the tasks whose parent is hidden
     * become tops of their own. Not found when the actor may not see the task.
     */
    @Transactional(readOnly = true)
    public List<TaskTreeNode> tree(Actor actor, long id) {
        TaskCriteria c = resolve(actor, BoardFilter.NONE, today()).criteria();
        if (!repository.visible(c, id)) {
            throw new NotFoundException("task " + id);
        }
        List<Object[]> rows = repository.cascade(c, repository.top(id));
        Map<Long, List<BoardTask>> byParent = new HashMap<>();
        Map<Long, BoardTask> shown = new LinkedHashMap<>();
        for (Object[] row : rows) {
            BoardTask t = (BoardTask) row[1];
            shown.put(t.id(), t);
        }
        List<BoardTask> tops = new ArrayList<>();
        for (BoardTask t : shown.values()) {
            if (t.parentId() != null && shown.containsKey(t.parentId())) {
                byParent.computeIfAbsent(t.parentId(), k -> new ArrayList<>()).add(t);
            } else {
                tops.add(t);
            }
        }
        List<TaskTreeNode> out = new ArrayList<>();
        for (BoardTask t : tops) {
            out.add(node(t, 0, byParent));
        }
        return out;
    }

    private TaskTreeNode node(BoardTask t, int depth, Map<Long, List<BoardTask>> byParent) {
        List<TaskTreeNode> children = new ArrayList<>();
        for (BoardTask c : byParent.getOrDefault(t.id(), List.of())) {
            children.add(node(c, depth + 1, byParent));
        }
        return new TaskTreeNode(t, depth, List.copyOf(children));
    }

    /** The filter resolved against the actor's scope: criteria for SQL and the jurisdiction counted below. */
    record Resolved(TaskCriteria criteria, Jurisdiction root) {
    }

    Resolved resolve(Actor actor, BoardFilter filter, LocalDate today) {
        Jurisdiction place = null;
        if (filter.jurisdiction() != null) {
            place = jurisdictions.find(actor, filter.jurisdiction()).orElseThrow(
                    () -> BadInputException.of("jurisdiction", "jurisdiction.unknown", filter.jurisdiction()));
        }
        Long unit = null;
        if (filter.unit() != null) {
            unit = jurisdictions.unitRef(actor.scope(), filter.unit())
                    .orElseThrow(() -> BadInputException.of("unit", "unit.unknown", filter.unit())).id();
        }
        Jurisdiction root = place != null ? place : jurisdictions.roots(actor).stream().findFirst().orElse(null);
        String rootPath = root == null ? actor.scopePath() : root.path();
        return new Resolved(new TaskCriteria(actor.scopePath(), actor.unitId(), place == null ? null : place.path(),
                rootPath, filter, unit, today, ZoneId.systemDefault().getId(), settings.dueSoonDays(),
                settings.lateDays()), root);
    }

    private Board count(Resolved r, LocalDate today) {
        List<BoardRepository.Count> counts = repository.counts(r.criteria());
        Map<DueBand, Integer> bands = new EnumMap<>(DueBand.class);
        for (DueBand b : DueBand.values()) {
            bands.put(b, 0);
        }
        Map<String, Board.Row> byStatus = new LinkedHashMap<>();
        for (TaskStatus s : TaskStatus.OPEN) {
            byStatus.put(s.name(), new Board.Row(s.name(), null, null, null, 0, 0, 0));
        }
        Map<String, Board.Row> byUnit = new HashMap<>();
        Map<String, Board.Row> byChild = new HashMap<>();
        Map<String, Integer> spans = new LinkedHashMap<>();
        Board.SPANS.forEach(s -> spans.put(s, 0));
        int open = 0;
        for (BoardRepository.Count c : counts) {
            switch (c.grouping()) {
                case "status" -> {
                    DueBand band = DueBand.valueOf(c.band());
                    byStatus.merge(c.key(), new Board.Row(c.key(), null, null, null, 0, 0, 0).plus(band, c.n()),
                            (a, b) -> a.plus(band, c.n()));
                    bands.merge(band, c.n(), Integer::sum);
                    open += c.n();
                }
                case "unit" -> byUnit.merge(c.key(), new Board.Row(c.key(), null, null, null, 0, 0, 0)
                        .plus(DueBand.valueOf(c.band()), c.n()), (a, b) -> a.plus(DueBand.valueOf(c.band()), c.n()));
                case "child" -> byChild.merge(c.key(), new Board.Row(c.key(), null, null, null, 0, 0, 0)
                        .plus(DueBand.valueOf(c.band()), c.n()), (a, b) -> a.plus(DueBand.valueOf(c.band()), c.n()));
                default -> spans.put(c.key(), c.n());
            }
        }
        Map<Long, String[]> units = repository.units(byUnit.keySet().stream().map(Long::valueOf).toList());
        List<Board.Row> unitRows = new ArrayList<>();
        byUnit.forEach((id, row) -> {
            String[] u = units.getOrDefault(Long.valueOf(id), new String[] {id, null, null, null});
            unitRows.add(new Board.Row(u[0], u[1], u[2], u[3], row.green(), row.yellow(), row.red()));
        });
        unitRows.sort(Comparator.comparingInt(Board.Row::red).reversed()
                .thenComparing(Comparator.comparingInt(Board.Row::yellow).reversed())
                .thenComparing(Comparator.comparingInt(Board.Row::total).reversed()).thenComparing(Board.Row::code));
        List<Long> childIds = byChild.keySet().stream().filter(k -> !k.isEmpty() && !"-".equals(k)).map(Long::valueOf)
                .toList();
        Map<Long, String[]> places = repository.jurisdictions(childIds);
        List<Board.Row> childRows = new ArrayList<>();
        byChild.forEach((id, row) -> {
            if (id.isEmpty() || "-".equals(id)) {
                return;
            }
            String[] j = places.getOrDefault(Long.valueOf(id), new String[] {id, null, null});
            childRows.add(new Board.Row(j[0], j[1], j[2], null, row.green(), row.yellow(), row.red()));
        });
        childRows.sort(Comparator.comparing(Board.Row::code));
        String rootCode = r.root() == null ? null : r.root().code();
        Board.Row self = byChild.get("");
        if (self != null) {
            childRows.add(0, new Board.Row(rootCode, r.root().nameEn(), r.root().nameZh(), null, self.green(),
                    self.yellow(), self.red()));
        }
        Board.Row outside = byChild.get("-");
        if (outside != null) {
            childRows.add(new Board.Row("-", null, null, null, outside.green(), outside.yellow(), outside.red()));
        }
        return new Board(rootCode, today, settings.dueSoonDays(), settings.lateDays(), open, bands,
                List.copyOf(byStatus.values()), List.copyOf(unitRows), unitRows.size(), List.copyOf(childRows), spans,
                Instant.now(clock));
    }
}
