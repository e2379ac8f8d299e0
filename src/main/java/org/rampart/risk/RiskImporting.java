package org.rampart.risk;

import static org.rampart.risk.RiskValidator.blank;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.springframework.stereotype.Component;

/**
 * Import the register from a CSV or XLSX file: a row whose code names a risk of the actor's scope changes it, any
 * other row creates one, each as {@link RiskRegistering} does with the reason "imported" unless the row gives one.
 * Every problem names its line and column.
 */
@Component
class RiskImporting {

    private static final Set<String> TRUE = Set.of("true", "yes", "1", "y", "是");
    private static final Set<String> FALSE = Set.of("false", "no", "0", "n", "否");

    private final RiskRegistering registering;
    private final RiskSupport support;

    RiskImporting(RiskRegistering registering, RiskSupport support) {
        this.registering = registering;
        this.support = support;
    }

    /** Import a file ({@code format} csv or xlsx); nothing is written while any row is bad, unless {@code skipBad}. */
    RiskImportReport importFile(Actor actor, InputStream in, String format, boolean skipBad) {
        RiskFiles.Parsed parsed = switch (format == null ? "" : format.trim().toLowerCase(Locale.ROOT)) {
            case "csv" -> RiskFiles.csv(in);
            case "xlsx" -> RiskFiles.xlsx(in);
            default -> throw BadInputException.of("format", "risk.file.format");
        };
        List<Problem> problems = new ArrayList<>(parsed.problems());
        // A bad header or a file that cannot be read as a whole (not UTF-8) refuses the file, even with skipBad.
        boolean headerBad = problems.stream().anyMatch(p -> (p.line() != null && p.line() == 1) || "file".equals(p.field()));
        int created = 0;
        int updated = 0;
        Map<String, Integer> seen = new HashMap<>();
        if (!headerBad) {
            for (RiskFiles.Line line : parsed.lines()) {
                List<Problem> rowProblems = new ArrayList<>();
                RiskDraft draft = draft(line, rowProblems);
                String code = blank(draft.code()) ? null : draft.code().trim();
                if (code != null) {
                    Integer first = seen.putIfAbsent(code.toLowerCase(Locale.ROOT), line.line());
                    if (first != null) {
                        rowProblems.add(Problem.atLine(line.line(), "code", "risk.file.code-twice", first));
                    }
                }
                if (rowProblems.isEmpty()) {
                    try {
                        Optional<Risk> existing = code == null ? Optional.empty() : support.find(actor, code);
                        if (existing.isPresent()) {
                            registering.update(actor, code, draft, Set.of());
                            updated++;
                        } else {
                            registering.create(actor, draft);
                            created++;
                        }
                    } catch (BadInputException e) {
                        for (Problem p : e.problems()) {
                            rowProblems.add(p.withField(p.field() == null ? null : RiskFiles.column(p.field()))
                                    .onLine(line.line()));
                        }
                    } catch (RiskConflict e) {
                        rowProblems.add(e.problem().withField("code").onLine(line.line()));
                    }
                }
                problems.addAll(rowProblems);
            }
        }
        if (!problems.isEmpty() && (!skipBad || headerBad)) {
            throw new BadInputException("Nothing was imported: " + problems.size() + " problems", problems);
        }
        return new RiskImportReport(parsed.lines().size(), created, updated, problems, skipBad);
    }

    /**
     * A row as a draft; a column the file leaves out keeps (on change) or defaults (on creation) its value. A row
     * without a reason records "imported" with its assessment.
     */
    static RiskDraft draft(RiskFiles.Line line, List<Problem> problems) {
        Map<String, String> v = line.values();
        String reason = blank(v.get("reason")) ? "imported" : v.get("reason");
        return new RiskDraft(v.get("code"), v.get("title_en"), v.get("title_zh"), v.get("description_en"),
                v.get("description_zh"), v.get("domain"), v.get("jurisdiction"), v.get("owner_unit"), v.get("causes"),
                v.get("consequences"), v.get("controls"), bool(line, "bottom_line", problems),
                integer(line, "likelihood", problems), integer(line, "impact", problems),
                integer(line, "residual_likelihood", problems), integer(line, "residual_impact", problems),
                v.get("target_level"), integer(line, "review_frequency_days", problems), v.get("next_review_date"),
                split(v.get("indicators")), split(v.get("tags")), reason);
    }

    private static Integer integer(RiskFiles.Line line, String column, List<Problem> problems) {
        String s = line.values().get(column);
        if (blank(s)) {
            return null;
        }
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            problems.add(Problem.atLine(line.line(), column, "number.not-whole", s.trim()));
            return null;
        }
    }

    private static Boolean bool(RiskFiles.Line line, String column, List<Problem> problems) {
        String s = line.values().get(column);
        if (blank(s)) {
            return null;
        }
        String t = s.trim().toLowerCase(Locale.ROOT);
        if (TRUE.contains(t)) {
            return true;
        }
        if (FALSE.contains(t)) {
            return false;
        }
        problems.add(Problem.atLine(line.line(), column, "risk.value.not-boolean", s.trim()));
        return null;
    }

    private static List<String> split(String s) {
        if (s == null) {
            return null;
        }
        return Arrays.stream(s.split("[;,，；]")).map(String::trim).filter(t -> !t.isEmpty()).toList();
    }
}
