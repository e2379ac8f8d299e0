package org.rampart.supervision.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.rampart.shared.BadInputException;

/** Dates and months of query parameters; a malformed one is bad input naming its parameter. */
final class Dates {

    private Dates() {
    }

    /** A yyyy-MM-dd date, or null when blank. */
    static LocalDate parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw BadInputException.of(field, "date.invalid", value.trim());
        }
    }

    /** A yyyy-MM month, or null when blank. */
    static YearMonth month(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw BadInputException.of(field, "supervision.calendar.month-invalid", value.trim());
        }
    }
}
