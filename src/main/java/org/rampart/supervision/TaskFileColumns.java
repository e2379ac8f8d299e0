package org.rampart.supervision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rampart.shared.Nearest;

/**
 * The column layout of task files (CSV and XLSX, one header row then one task per row), shared by import, export and
 * the template: the columns import reads with the draft field each fills, and the columns export adds that import
 * accepts and ignores, so that an export can be imported again.
 */
public final class TaskFileColumns {

    /** The columns import reads, in file order, with the draft field each one fills. */
    public static final Map<String, String> IMPORTED = imported();
    /** Columns export adds (what the task became); import accepts them and ignores their values. */
    public static final List<String> EXPORTED_ONLY = List.of("id", "status", "original_deadline", "assigned_at",
            "accepted_at", "submitted_at", "done_at", "progress_percent", "source", "source_id", "parent_id", "lead_unit_name");
    /** Columns every file needs: a lead unit and a deadline (and a title, in either language). */
    public static final List<String> REQUIRED = List.of("lead_unit", "deadline");
    /** Of these, at least one column must be there. */
    public static final List<String> TITLES = List.of("title_en", "title_zh");

    private TaskFileColumns() {
    }

    private static Map<String, String> imported() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("title_en", "titleEn");
        m.put("title_zh", "titleZh");
        m.put("description", "description");
        m.put("jurisdiction", "jurisdiction");
        m.put("assigning_unit", "assigningUnit");
        m.put("lead_unit", "leadUnit");
        m.put("assisting_units", "assistingUnits");
        m.put("deadline", "deadline");
        m.put("priority", "priority");
        m.put("evidence_required", "evidenceRequired");
        m.put("source_ref", "sourceRef");
        return m;
    }

    /** True for a column a file may have. */
    static boolean known(String column) {
        return IMPORTED.containsKey(column) || EXPORTED_ONLY.contains(column);
    }

    /** The column of a draft field (an item index such as {@code assistingUnits[1]} is dropped), or the field. */
    static String column(String field) {
        if (field == null) {
            return null;
        }
        String bare = field.replaceAll("\\[\\d+]", "");
        for (Map.Entry<String, String> e : IMPORTED.entrySet()) {
            if (e.getValue().equals(bare)) {
                return e.getKey();
            }
        }
        return field;
    }

    /** The known column nearest to an unknown one (see {@link Nearest}), or null when none is near. */
    static String nearest(String column) {
        List<String> known = new ArrayList<>(IMPORTED.keySet());
        known.addAll(EXPORTED_ONLY);
        return Nearest.suggest(column, known);
    }

    /** The columns of an export: those import reads, then those export adds. */
    public static List<String> exported() {
        List<String> all = new ArrayList<>(IMPORTED.keySet());
        all.addAll(EXPORTED_ONLY);
        return all;
    }
}
