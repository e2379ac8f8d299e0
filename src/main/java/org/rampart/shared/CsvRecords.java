package org.rampart.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Split a character stream into RFC 4180 records: quoted fields may hold commas, quotes and line breaks; CR LF,
 * LF and a lone CR all end a record. Malformed records are returned with the reason in {@link #error()} (English,
 * for logs) and as a problem code in {@link #problem()}.
 */
public final class CsvRecords {

    private final BufferedReader in;
    private boolean started;
    private int line = 1;
    private int recordLine;
    private String error;
    private int badQuoteField;

    /** Read records from the reader; a leading byte order mark is skipped. */
    public CsvRecords(BufferedReader in) {
        this.in = in;
    }

    /** The line the reader has reached (1-based). */
    public int line() {
        return line;
    }

    /** The line on which the last record returned by {@link #next()} starts. */
    public int recordLine() {
        return recordLine;
    }

    /** Why the last record is malformed, or null when it is well formed. */
    public String error() {
        return error;
    }

    /**
     * The problem of the last record returned by {@link #next()} at the line it starts on ({@code csv.quote-unclosed},
     * or {@code csv.quote-unexpected} naming the field), or null when it is well formed.
     */
    public BadInputException.Problem problem() {
        if (error == null) {
            return null;
        }
        return badQuoteField > 0 ? BadInputException.Problem.atLine(recordLine, null, "csv.quote-unexpected", badQuoteField)
                : BadInputException.Problem.atLine(recordLine, null, "csv.quote-unclosed");
    }

    /** The next character, with CR LF and a lone CR turned into LF. */
    private int read() throws IOException {
        int c = in.read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = in.read();
            }
        }
        if (c == '\r') {
            in.mark(1);
            int next = in.read();
            if (next != '\n' && next != -1) {
                in.reset();
            }
            c = '\n';
        }
        if (c == '\n') {
            line++;
        }
        return c;
    }

    /** The next record's fields, or null at the end; CR LF, LF and CR all end a record. */
    public List<String> next() throws IOException {
        error = null;
        badQuoteField = 0;
        recordLine = line;
        int c = read();
        if (c == -1) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            if (c == '"' && field.length() == 0) {
                while (true) {
                    c = read();
                    if (c == -1) {
                        error = "a quoted field is not closed";
                        fields.add(field.toString());
                        return fields;
                    }
                    if (c == '"') {
                        c = read();
                        if (c == '"') {
                            field.append('"');
                            continue;
                        }
                        break;
                    }
                    field.append((char) c);
                }
                if (c != ',' && c != '\n' && c != -1) {
                    badQuoteField = fields.size() + 1;
                    error = "unexpected character after the closing quote of field " + badQuoteField;
                    while (c != '\n' && c != -1) {
                        c = read();
                    }
                    fields.add(field.toString());
                    return fields;
                }
            } else {
                while (c != ',' && c != '\n' && c != -1) {
                    field.append((char) c);
                    c = read();
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (c != ',') {
                return fields;
            }
            c = read();
            if (c == '\n' || c == -1) {
                fields.add("");
                return fields;
            }
        }
    }
}
