package org.rampart.shared;

/**
 * Write the cells of a CSV export. A text cell that a spreadsheet would take for a formula (it starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return) is neutralised by a leading apostrophe (OWASP's rule for
 * CSV injection); a cell holding a comma, a quote or a line break is quoted as RFC 4180 says. Numbers are written as
 * they are: a number is never a formula.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** A text cell, neutralised and quoted when needed; null is an empty cell. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = formula(value) ? "'" + value : value;
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    /** A number cell; null is an empty cell. */
    public static String number(Number value) {
        return value == null ? "" : value.toString();
    }

    /** True when a spreadsheet would read a text starting like this one as a formula. */
    public static boolean formula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
