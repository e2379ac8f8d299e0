package org.rampart.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The levels that must be informed of an incident and by when (Decree 493, Art. 9-11): the county level within
 * {@code first} of the report, then {@code perLevel} more for each level upward; up to the city for grade IV, the
 * province for III and the national level (beyond the root of the tree: an external step) for I and II.
 *
 * @param countyLevel the tree level of counties (3 in the default tree)
 * @param cityLevel the tree level of cities (2)
 * @param provinceLevel the tree level of provinces (1)
 */
public record ReportingChain(int countyLevel, int cityLevel, int provinceLevel, Duration first, Duration perLevel) {

    /** The tree level that stands for the national level: above the root, outside Rampart. */
    public static final int NATIONAL = 0;

    public static ReportingChain defaults() {
        return new ReportingChain(3, 2, 1, Duration.ofHours(1), Duration.ofHours(2));
    }

    /** A jurisdiction on the path from the root to the incident's jurisdiction. */
    public record Place(long id, String code, int level, String path) {
    }

    /** One step: the level to inform, its jurisdiction (null ids for the national level) and the deadline. */
    public record Step(int level, Long jurisdictionId, String jurisdictionCode, String jurisdictionPath, Instant dueAt) {

        public boolean external() {
            return level == NATIONAL;
        }
    }

    /** The highest level (smallest number) a grade must reach. */
    public int topLevel(IncidentGrade grade) {
        return switch (grade) {
            case I, II -> NATIONAL;
            case III -> provinceLevel;
            case IV -> cityLevel;
        };
    }

    /**
     * The steps for an incident of a grade whose places run from the root to its own jurisdiction, reported at
     * {@code reportedAt}; ordered from the first (county) upward. Levels the tree lacks are skipped.
     */
    public List<Step> steps(IncidentGrade grade, List<Place> places, Instant reportedAt) {
        if (places.isEmpty()) {
            return List.of();
        }
        int own = places.get(places.size() - 1).level();
        int start = Math.min(own, countyLevel);
        int top = topLevel(grade);
        List<Step> steps = new ArrayList<>();
        Instant due = reportedAt.plus(first);
        for (int level = start; level >= top; level--) {
            if (level == NATIONAL) {
                steps.add(new Step(NATIONAL, null, null, null, due));
                break;
            }
            int wanted = level;
            Place place = places.stream().filter(p -> p.level() == wanted).findFirst().orElse(null);
            if (place == null) {
                continue;
            }
            steps.add(new Step(level, place.id(), place.code(), place.path(), due));
            due = due.plus(perLevel);
        }
        return steps;
    }

    /**
     * The steps a rise in grade at {@code now} adds to the existing levels: the new levels, each due no earlier than
     * {@code perLevel} per level after the rise (the last informed level reports upward at once).
     */
    public List<Step> extension(IncidentGrade grade, List<Place> places, Instant reportedAt, Set<Integer> existingLevels,
            Instant now) {
        List<Step> added = new ArrayList<>();
        int n = 0;
        for (Step s : steps(grade, places, reportedAt)) {
            if (existingLevels.contains(s.level())) {
                continue;
            }
            n++;
            Instant earliest = now.plus(perLevel.multipliedBy(n));
            added.add(new Step(s.level(), s.jurisdictionId(), s.jurisdictionCode(), s.jurisdictionPath(),
                    s.dueAt().isBefore(earliest) ? earliest : s.dueAt()));
        }
        return added;
    }

    /** The levels of some steps. */
    static Set<Integer> levels(List<Step> steps) {
        return steps.stream().map(Step::level).collect(Collectors.toSet());
    }
}
