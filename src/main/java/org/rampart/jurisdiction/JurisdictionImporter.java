package org.rampart.jurisdiction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validate a set of import rows against each other and the existing tree, and order them parents first.
 * Plain Java: no SQL here; existing parents are looked up through the function given.
 */
final class JurisdictionImporter {

    /** A row that passed every check, with its resolved level. */
    record Valid(ImportRow row, int level, String boundary) {
    }

    record Result(List<Valid> ordered, List<Problem> problems) {
    }

    private JurisdictionImporter() {
    }

    static Result validate(Actor actor, List<ImportRow> rows, Map<String, JurisdictionRef> existing,
            Set<String> existingCodesAnywhere, JsonMapper json) {
        return validate(actor, rows, Set.of(), existing, existingCodesAnywhere, json);
    }

    /**
     * Validate rows of which those on {@code badLines} are already known to be bad (a parser found a problem):
     * they are not imported, and neither is anything below them.
     */
    static Result validate(Actor actor, List<ImportRow> rows, Set<Integer> badLines, Map<String, JurisdictionRef> existing,
            Set<String> existingCodesAnywhere, JsonMapper json) {
        List<Problem> problems = new ArrayList<>();
        Map<String, ImportRow> byCode = new LinkedHashMap<>();
        Set<Integer> bad = new HashSet<>(badLines);
        Map<Integer, String> boundaries = new HashMap<>();
        for (ImportRow row : rows) {
            List<Problem> rowProblems = new ArrayList<>();
            List<Problem> fieldProblems = new ArrayList<>();
            JurisdictionManagement.validateCode(row.code(), fieldProblems);
            JurisdictionManagement.validateNames(row.nameEn(), row.nameZh(), fieldProblems);
            JurisdictionManagement.validatePopulation(row.population(), fieldProblems);
            if (row.parentCode() != null && !JurisdictionManagement.CODE.matcher(row.parentCode()).matches()) {
                fieldProblems.add(Problem.at("parent_code", "jurisdiction.code.invalid", row.parentCode()));
            }
            if (row.level() != null && (row.level() < 1 || row.level() > 20)) {
                fieldProblems.add(Problem.at("level", "number.range", 1, 20));
            }
            for (Problem p : fieldProblems) {
                rowProblems.add(p.withField(snake(p.field())).onLine(row.line()));
            }
            if (row.code() != null && JurisdictionManagement.CODE.matcher(row.code()).matches()) {
                if (byCode.containsKey(row.code())) {
                    rowProblems.add(Problem.atLine(row.line(), "code", "jurisdiction.code.duplicate-line", row.code(),
                            byCode.get(row.code()).line()));
                } else if (existingCodesAnywhere.contains(row.code())) {
                    rowProblems.add(Problem.atLine(row.line(), "code", "jurisdiction.code.exists", row.code()));
                } else {
                    byCode.put(row.code(), row);
                }
            }
            if (row.boundary() != null) {
                try {
                    boundaries.put(row.line(), Geometries.write(Geometries.read(json.readTree(row.boundary())), json));
                } catch (JacksonException e) {
                    rowProblems.add(Problem.atLine(row.line(), "geometry", "jurisdiction.json.invalid"));
                } catch (Geometries.InvalidGeometryException e) {
                    rowProblems.add(e.problem("geometry").onLine(row.line()));
                }
            }
            if (!rowProblems.isEmpty()) {
                bad.add(row.line());
                problems.addAll(rowProblems);
            }
        }
        // Resolve levels and order parents first; detect unknown parents and cycles.
        Map<String, Integer> levels = new HashMap<>();
        List<Valid> ordered = new ArrayList<>();
        Map<String, Integer> state = new HashMap<>();
        for (ImportRow row : byCode.values()) {
            resolve(actor, row, byCode, existing, levels, state, ordered, problems, bad, boundaries);
        }
        ordered.removeIf(v -> bad.contains(v.row().line()));
        problems.sort(java.util.Comparator.comparing((Problem p) -> p.line() == null ? 0 : p.line()));
        return new Result(ordered, problems);
    }

    private static final int VISITING = 1;
    private static final int DONE = 2;

    /** Depth-first: returns the level of the row, or -1 when it (or an ancestor) cannot be imported. */
    private static int resolve(Actor actor, ImportRow row, Map<String, ImportRow> byCode, Map<String, JurisdictionRef> existing,
            Map<String, Integer> levels, Map<String, Integer> state, List<Valid> ordered, List<Problem> problems,
            Set<Integer> bad, Map<Integer, String> boundaries) {
        Integer s = state.get(row.code());
        if (s != null && s == DONE) {
            return levels.getOrDefault(row.code(), -1);
        }
        if (s != null && s == VISITING) {
            return -2;
        }
        state.put(row.code(), VISITING);
        int level;
        String parent = row.parentCode();
        if (parent == null || parent.isBlank()) {
            if (!actor.scope().isWholeTree()) {
                level = fail(row, Problem.atLine(row.line(), "parent_code", "jurisdiction.root.import-scope"), problems, bad);
            } else {
                level = 1;
            }
        } else if (byCode.containsKey(parent)) {
            int parentLevel = resolve(actor, byCode.get(parent), byCode, existing, levels, state, ordered, problems, bad, boundaries);
            if (parentLevel == -2) {
                level = fail(row, Problem.atLine(row.line(), "parent_code", "jurisdiction.cycle", row.code(), parent), problems, bad);
                state.put(row.code(), DONE);
                levels.put(row.code(), -1);
                return -1;
            } else if (parentLevel < 0) {
                level = fail(row, Problem.atLine(row.line(), "parent_code", "jurisdiction.parent.refused", parent), problems, bad);
            } else {
                level = parentLevel + 1;
            }
        } else if (existing.containsKey(parent) && actor.covers(existing.get(parent).path())) {
            level = existing.get(parent).level() + 1;
        } else {
            level = fail(row, Problem.atLine(row.line(), "parent_code", "jurisdiction.parent.unknown", parent), problems, bad);
        }
        if (level > 0 && row.level() != null && row.level() != level) {
            level = fail(row, Problem.atLine(row.line(), "level", "jurisdiction.level.wrong", row.level(), level), problems, bad);
        }
        if (level > 20) {
            level = fail(row, Problem.atLine(row.line(), "level", "jurisdiction.tree.too-deep"), problems, bad);
        }
        state.put(row.code(), DONE);
        if (level < 0 || bad.contains(row.line())) {
            levels.put(row.code(), -1);
            return -1;
        }
        levels.put(row.code(), level);
        ordered.add(new Valid(row, level, boundaries.get(row.line())));
        return level;
    }

    private static int fail(ImportRow row, Problem problem, List<Problem> problems, Set<Integer> bad) {
        problems.add(problem);
        bad.add(row.line());
        return -1;
    }

    private static String snake(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "nameEn" -> "name_en";
            case "nameZh" -> "name_zh";
            case "parentCode" -> "parent_code";
            default -> field;
        };
    }
}
