package org.rampart.situation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.risk.RiskLevel;
import org.rampart.risk.RiskManagement;
import org.rampart.risk.RiskMatrix;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.situation.SituationRepository.Part;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answer the committee's first question, "what is the situation now, and what changed?", for a jurisdiction subtree
 * in the caller's scope. Every figure is counted in SQL within the caller's scope: a jurisdiction outside it is
 * answered like an unknown one. Results are kept per scope and parameters while nothing they read changes
 * ({@link SituationCache}); each is computed from one snapshot.
 */
@Service
public class SituationManagement {

    /** How many top risks, changes and overdue reviews the situation lists. */
    public static final int TOP = 10;
    public static final int CHANGES = 50;
    public static final int CELL_RISKS = 200;

    private static final String[] WARNING_LEVELS = {"BLUE", "YELLOW", "ORANGE", "RED"};

    private final SituationRepository repository;
    private final SituationCache cache;
    private final JurisdictionManagement jurisdictions;
    private final RiskManagement risks;
    private final ZoneId zone = ZoneId.systemDefault();

    SituationManagement(SituationRepository repository, SituationCache cache, JurisdictionManagement jurisdictions,
            RiskManagement risks) {
        this.repository = repository;
        this.cache = cache;
        this.jurisdictions = jurisdictions;
        this.risks = risks;
    }

    /** Parse a date parameter (ISO yyyy-MM-dd), or return {@code fallback} when it is null or blank. */
    public static LocalDate date(String field, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw BadInputException.of(field, "date.invalid", value.trim());
        }
    }

    /** Return the domains of the taxonomy in order. */
    public List<Named> domains() {
        return cache.get(new SituationCache.Query("domains", "", null, null, false, null, null),
                () -> List.copyOf(repository.domains()));
    }

    /**
     * Return the heat map of open risks in the subtree of {@code code} (null: the actor's first root), optionally for
     * one domain and its sub-domains, placed by inherent or residual likelihood and impact.
     */
    public HeatMap heatMap(Actor actor, String code, String domain, boolean residual) {
        return cache.get(query("heat", actor, code, domain, residual, null, null), () -> {
            Jurisdiction j = place(actor, code);
            List<String> domains = domains(domain);
            return heat(j, domains, residual,
                    repository.counts(subtree(actor, j, domains), residual, today(), Part.HEAT).heat());
        });
    }

    /** Return the open risks in one cell of the heat map (at most {@link #CELL_RISKS}), most serious first. */
    @Transactional(readOnly = true)
    public List<RiskLine> cell(Actor actor, String code, String domain, boolean residual, int likelihood, int impact) {
        Jurisdiction j = place(actor, code);
        List<String> domains = domains(domain);
        RiskMatrix matrix = risks.matrix();
        if (!matrix.onMatrix(likelihood)) {
            throw BadInputException.of("likelihood", "number.range", 1, matrix.size());
        }
        if (!matrix.onMatrix(impact)) {
            throw BadInputException.of("impact", "number.range", 1, matrix.size());
        }
        return repository.cell(subtree(actor, j, domains), residual, likelihood, impact, CELL_RISKS);
    }

    /** Return the domain x child-jurisdiction roll-up of open risks for a jurisdiction, of every domain. */
    public RollUp rollUp(Actor actor, String code) {
        return rollUp(actor, code, null);
    }

    /** Return the domain x child-jurisdiction roll-up of open risks for a jurisdiction, optionally of one domain. */
    public RollUp rollUp(Actor actor, String code, String domain) {
        return cache.get(query("rollup", actor, code, domain, false, null, null), () -> {
            Jurisdiction j = place(actor, code);
            List<String> domains = domains(domain);
            return rollUp(actor, j, repository.domains(),
                    repository.counts(subtree(actor, j, domains), false, today(), Part.ROLL_UP).byChildAndDomain());
        });
    }

    /** Return the situation of a subtree (null code: the actor's first root) since a day (null: a week ago). */
    public Situation situation(Actor actor, String code, LocalDate since) {
        return situation(actor, code, null, since);
    }

    /**
     * Return the situation of a subtree (null code: the actor's first root) since a day (null: a week ago), of every
     * domain (null) or of one domain and its sub-domains.
     */
    public Situation situation(Actor actor, String code, String domain, LocalDate since) {
        LocalDate today = LocalDate.now(zone);
        LocalDate from = since == null ? today.minusDays(7) : since;
        return cache.get(query("situation", actor, code, domain, false, from, today), () -> {
            SituationRepository.Subtree subtree = subtree(actor, place(actor, code), domains(domain));
            return situation(subtree, repository.domains(),
                    repository.counts(subtree, false, today, Part.SUMMARY).byDomainAndLevel(), from, today);
        });
    }

    /**
     * Everything the situation page shows (the place, the situation, the heat map and the roll-up), computed from one
     * snapshot and kept as one result: the page costs one look-up while nothing changes.
     */
    public Picture picture(Actor actor, String code, String domain, LocalDate since, boolean residual) {
        LocalDate today = LocalDate.now(zone);
        LocalDate from = since == null ? today.minusDays(7) : since;
        return cache.get(query("picture", actor, code, domain, residual, from, today), () -> {
            Jurisdiction j = place(actor, code);
            List<String> domains = domains(domain);
            SituationRepository.Subtree subtree = subtree(actor, j, domains);
            SituationRepository.Counts counts = repository.counts(subtree, residual, today, Part.values());
            List<Named> taxonomy = repository.domains();
            return new Picture(j, situation(subtree, taxonomy, counts.byDomainAndLevel(), from, today),
                    heat(j, domains, residual, counts.heat()), rollUp(actor, j, taxonomy, counts.byChildAndDomain()));
        });
    }

    /** What the situation page shows of one subtree: the jurisdiction, its situation, heat map and roll-up. */
    public record Picture(Jurisdiction place, Situation situation, HeatMap heat, RollUp rollUp) {
    }

    private static SituationCache.Query query(String kind, Actor actor, String code, String domain, boolean residual,
            LocalDate day1, LocalDate day2) {
        return new SituationCache.Query(kind, actor.scopePath(), code == null || code.isBlank() ? null : code.trim(),
                domain == null || domain.isBlank() ? null : domain.trim().toUpperCase(), residual, day1, day2);
    }

    /**
     * The jurisdiction a situation is asked for: the given code, or the actor's first scope root when the code is null
     * or blank; a code that is unknown or outside the scope is bad input naming {@code jurisdiction}.
     */
    private Jurisdiction place(Actor actor, String code) {
        if (code == null || code.isBlank()) {
            return jurisdictions.roots(actor).stream().findFirst()
                    .orElseThrow(() -> BadInputException.of("jurisdiction", "situation.scope.empty"));
        }
        return jurisdictions.find(actor, code.trim())
                .orElseThrow(() -> BadInputException.of("jurisdiction", "jurisdiction.unknown", code.trim()));
    }

    private SituationRepository.Subtree subtree(Actor actor, Jurisdiction j, List<String> domains) {
        return new SituationRepository.Subtree(actor.scopePath(), j.code(), j.path(), domains);
    }

    private LocalDate today() {
        return LocalDate.now(zone);
    }

    private HeatMap heat(Jurisdiction j, List<String> domains, boolean residual, Map<String, Integer> counts) {
        RiskMatrix matrix = risks.matrix();
        List<HeatMap.Cell> cells = new ArrayList<>();
        int total = 0;
        for (int l = 1; l <= matrix.size(); l++) {
            for (int i = 1; i <= matrix.size(); i++) {
                RiskLevel level = matrix.level(l, i);
                int n = counts.getOrDefault(l + ":" + i, 0);
                total += n;
                cells.add(new HeatMap.Cell(l, i, l * i, level.name(), level.colour(), n));
            }
        }
        // risks placed off the matrix (after the matrix shrank) still count in the total
        int all = counts.values().stream().mapToInt(Integer::intValue).sum();
        return new HeatMap(j.code(), domains == null ? null : domains.get(0), residual, matrix.size(),
                names(matrix.likelihoodLabels(), "L"), names(matrix.impactLabels(), "I"), List.copyOf(cells),
                Math.max(total, all));
    }

    private RollUp rollUp(Actor actor, Jurisdiction j, List<Named> taxonomy, List<Object[]> byChildAndDomain) {
        List<SituationRepository.Child> children = repository.children(actor.scopePath(), j.id());
        Map<String, String> codeById = new HashMap<>();
        List<Named> columns = new ArrayList<>();
        columns.add(new Named(j.code(), j.nameEn(), j.nameZh()));
        codeById.put("", j.code());
        for (SituationRepository.Child c : children) {
            codeById.put(String.valueOf(c.id()), c.named().code());
            columns.add(c.named());
        }
        Map<String, int[]> cells = new LinkedHashMap<>();
        Map<String, Integer> highest = new LinkedHashMap<>();
        Set<String> present = new HashSet<>();
        for (Object[] row : byChildAndDomain) {
            String column = codeById.get((String) row[0]);
            if (column == null) {
                continue; // a risk below an inactive child: counted in the summary, not in a column
            }
            int rank = (Integer) row[2];
            int count = (Integer) row[3];
            cells.put(row[1] + "|" + column, new int[] {rank, count});
            present.add((String) row[1]);
            if (!column.equals(j.code())) {
                highest.merge(column, rank, Math::max);
            }
        }
        List<Named> domains = new ArrayList<>();
        for (Named d : taxonomy) {
            if (present.contains(d.code())) {
                domains.add(d);
            }
        }
        List<RollUp.Cell> out = new ArrayList<>();
        cells.forEach((key, v) -> {
            String[] parts = key.split("\\|", 2);
            out.add(new RollUp.Cell(parts[0], parts[1], RiskLevel.values()[v[0] - 1].name(), v[1]));
        });
        Map<String, String> byChild = new LinkedHashMap<>();
        for (Named c : columns.subList(1, columns.size())) {
            Integer rank = highest.get(c.code());
            if (rank != null) {
                byChild.put(c.code(), RiskLevel.values()[rank - 1].name());
            }
        }
        return new RollUp(j.code(), List.copyOf(columns), List.copyOf(domains), List.copyOf(out),
                Collections.unmodifiableMap(byChild));
    }

    private Situation situation(SituationRepository.Subtree subtree, List<Named> taxonomy,
            List<Object[]> byDomainAndLevel, LocalDate from, LocalDate today) {
        Map<String, Integer> byLevel = new LinkedHashMap<>();
        for (RiskLevel level : RiskLevel.values()) {
            byLevel.put(level.name(), 0);
        }
        Map<String, Map<String, Integer>> byDomain = new LinkedHashMap<>();
        int open = 0;
        int overdue = 0;
        for (Object[] row : byDomainAndLevel) {
            int n = (Integer) row[2];
            open += n;
            overdue += (Integer) row[3];
            byLevel.merge((String) row[1], n, Integer::sum);
            byDomain.computeIfAbsent((String) row[0], k -> new LinkedHashMap<>()).put((String) row[1], n);
        }
        Map<String, Map<String, Integer>> orderedDomains = new LinkedHashMap<>();
        for (Named d : taxonomy) {
            if (byDomain.containsKey(d.code())) {
                orderedDomains.put(d.code(), Collections.unmodifiableMap(byDomain.get(d.code())));
            }
        }
        Map<String, Integer> warnings = new LinkedHashMap<>();
        Map<String, Integer> counted = repository.warningsByLevel(subtree);
        for (String level : WARNING_LEVELS) {
            warnings.put(level, counted.getOrDefault(level, 0));
        }
        return new Situation(subtree.code(), from, open, Collections.unmodifiableMap(byLevel),
                Collections.unmodifiableMap(orderedDomains), List.copyOf(repository.top(subtree, TOP)),
                List.copyOf(repository.changes(subtree, start(from), CHANGES)), Collections.unmodifiableMap(warnings),
                overdue, overdue == 0 ? List.of() : List.copyOf(repository.overdue(subtree, today, TOP)));
    }

    private Instant start(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** The domain and its sub-domains, null for no filter; an unknown domain is bad input naming {@code domain}. */
    private List<String> domains(String domain) {
        if (domain == null || domain.isBlank()) {
            return null;
        }
        List<String> codes = repository.domainAndBelow(domain.trim().toUpperCase());
        if (codes.isEmpty()) {
            throw BadInputException.of("domain", "domain.unknown", domain.trim());
        }
        return codes;
    }

    private static List<Named> names(List<RiskMatrix.Label> labels, String prefix) {
        List<Named> out = new ArrayList<>();
        for (int n = 0; n < labels.size(); n++) {
            out.add(new Named(prefix + (n + 1), labels.get(n).en(), labels.get(n).zh()));
        }
        return List.copyOf(out);
    }
}
