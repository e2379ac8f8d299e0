package org.rampart.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rampart.shared.BadInputException.Problem;

/**
 * Odd input refused before anything reads it: a query string, form parameter or address that is not valid UTF-8
 * or carries a control character (tab, CR and LF are allowed in values) is a 400 naming the parameter (or the
 * path), not a NUL handed to PostgreSQL or a decoding failure deep in the container.
 */
final class InputChecks {

    private InputChecks() {
    }

    /** The problems of a request's path and query string, read from the raw (still encoded) text. */
    static List<Problem> ofAddress(HttpServletRequest request) {
        List<Problem> problems = new ArrayList<>();
        String path = decode(request.getRequestURI(), false);
        if (path == null || hasControl(path, false)) {
            problems.add(Problem.at("path", "path.invalid"));
        }
        String query = request.getQueryString();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq), true);
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1), true);
                String field = name == null || hasControl(name, false) ? "query" : name;
                if (name == null || value == null) {
                    problems.add(Problem.at(field, "encoding.invalid"));
                } else if (hasControl(name, false) || hasControl(value, true)) {
                    problems.add(Problem.at(field, "text.control-characters"));
                }
            }
        }
        return problems;
    }

    /** The problems of parameters the container has decoded (a form body): control characters or U+FFFD. */
    static List<Problem> ofParameters(Map<String, String[]> parameters) {
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, String[]> e : parameters.entrySet()) {
            String name = e.getKey();
            String field = hasControl(name, false) || name.indexOf('\uFFFD') >= 0 ? "body" : name;
            for (String value : e.getValue()) {
                if (name.indexOf('\uFFFD') >= 0 || (value != null && value.indexOf('\uFFFD') >= 0)) {
                    problems.add(Problem.at(field, "encoding.invalid"));
                    break;
                }
                if (hasControl(name, false) || (value != null && hasControl(value, true))) {
                    problems.add(Problem.at(field, "text.control-characters"));
                    break;
                }
            }
        }
        return problems;
    }

    /** Percent-decoding with strict UTF-8 (and '+' as a space in a query); null when the text cannot be decoded. */
    static String decode(String s, boolean plusIsSpace) {
        if (s == null) {
            return "";
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    return null;
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** A C0 control character or DEL; in a value, tab, CR and LF are allowed. */
    static boolean hasControl(String s, boolean value) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 || c == 0x7F) && !(value && (c == '\t' || c == '\r' || c == '\n'))) {
                return true;
            }
        }
        return false;
    }
}
