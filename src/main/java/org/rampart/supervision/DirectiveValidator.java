package org.rampart.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Checks;

/** Check what the office writes (no Spring, no SQL): the number, titles, text, deadlines. */
final class DirectiveValidator {

    static final int MAX_NUMBER = 64;
    static final int MAX_TITLE = 300;
    static final int MAX_TEXT = 20_000;
    static final int MAX_REPORT = 8_000;

    private DirectiveValidator() {
    }

    /**
     * The row to store for a draft, or the problems. {@code today} is the site's day: a confirmation day or a report
     * due day before it is refused; {@code endOfDay} turns the confirmation day into its deadline.
     */
    static DirectiveRepository.Row check(DirectiveDraft draft, LocalDate today,
            java.util.function.Function<LocalDate, Instant> endOfDay) {
        List<Problem> problems = new ArrayList<>();
        if (draft == null) {
            throw BadInputException.of(null, "value.required");
        }
        String number = Checks.text("number", draft.number(), MAX_NUMBER, true, problems);
        String[] titles = Checks.names("titleEn", draft.titleEn(), "titleZh", draft.titleZh(), MAX_TITLE, problems);
        String text = Checks.text("text", draft.text(), MAX_TEXT, true, problems);
        LocalDate confirmBy = Checks.date("confirmBy", draft.confirmBy(), false, problems);
        if (confirmBy != null && confirmBy.isBefore(today)) {
            problems.add(Problem.at("confirmBy", "directive.confirm-by.past", confirmBy));
        }
        boolean reportRequired = Boolean.TRUE.equals(draft.reportRequired());
        LocalDate reportDue = Checks.date("reportDue", draft.reportDue(), reportRequired, problems);
        if (reportDue != null && !reportRequired) {
            problems.add(Problem.at("reportDue", "directive.report-due.without-report"));
        } else if (reportDue != null && reportDue.isBefore(today)) {
            problems.add(Problem.at("reportDue", "directive.report-due.past", reportDue));
        } else if (reportDue != null && confirmBy != null && reportDue.isBefore(confirmBy)) {
            problems.add(Problem.at("reportDue", "directive.report-due.before-confirmation", reportDue, confirmBy));
        }
        BadInputException.throwIfAny(problems);
        return new DirectiveRepository.Row(number, titles[0], titles[1], text,
                confirmBy == null ? null : endOfDay.apply(confirmBy), reportRequired, reportDue);
    }

    /** The implementation report's text, checked. */
    static String report(String text) {
        List<Problem> problems = new ArrayList<>();
        String checked = Checks.text("text", text, MAX_REPORT, true, problems);
        BadInputException.throwIfAny(problems);
        return checked;
    }
}
