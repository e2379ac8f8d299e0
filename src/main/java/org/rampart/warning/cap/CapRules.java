package org.rampart.warning.cap;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.warning.cap.CapParser.Element;

/** The rules of CAP 1.2 that its schema does not check, applied to a parsed message. */
final class CapRules {

    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d");
    private static final Pattern FORBIDDEN_IN_ID = Pattern.compile("[\\s,<&]");
    private static final Set<String> NEED_REFERENCES = Set.of("Update", "Cancel", "Ack", "Error");

    private CapRules() {
    }

    static List<Problem> check(Element alert) {
        List<Problem> problems = new ArrayList<>();
        if (!alert.isCap() || !"alert".equals(alert.name)) {
            return problems;
        }
        identifierLike(alert.first("identifier"), problems);
        identifierLike(alert.first("sender"), problems);
        dateTime(alert.first("sent"), problems);
        String msgType = alert.required("msgType");
        Element references = alert.first("references");
        if (NEED_REFERENCES.contains(msgType) && (references == null || references.text().isEmpty())) {
            problems.add(at(references == null ? alert : references, references == null ? alert.path + "/references" : null,
                    "is required and must not be empty when msgType is " + msgType
                            + ": list the earlier messages as sender,identifier,sent"));
        } else if (references != null && !references.text().isEmpty()) {
            references(references, problems);
        }
        if ("Private".equals(alert.required("scope")) && alert.optional("addresses") == null) {
            Element addresses = alert.first("addresses");
            problems.add(at(addresses == null ? alert : addresses, addresses == null ? alert.path + "/addresses" : null,
                    "is required and must not be empty when scope is Private"));
        }
        for (Element info : alert.all("info")) {
            dateTime(info.first("effective"), problems);
            dateTime(info.first("onset"), problems);
            dateTime(info.first("expires"), problems);
            for (Element resource : info.all("resource")) {
                Element size = resource.first("size");
                if (size != null && !size.text().isEmpty() && !size.text().matches("\\+?\\d{1,18}")) {
                    problems.add(at(size, null, "must be a whole number of bytes, zero or more"));
                }
            }
            for (Element area : info.all("area")) {
                area.all("polygon").forEach(p -> polygon(p, problems));
                area.all("circle").forEach(c -> circle(c, problems));
            }
        }
        return problems;
    }

    private static Problem at(Element element, String path, String reason) {
        return new Problem(path == null ? element.path : path, element.line > 0 ? element.line : null, null, reason);
    }

    private static void identifierLike(Element e, List<Problem> problems) {
        if (e == null) {
            return;
        }
        String text = e.text();
        if (text.isEmpty()) {
            problems.add(at(e, null, "must not be empty"));
        } else if (FORBIDDEN_IN_ID.matcher(text).find()) {
            problems.add(at(e, null, "must not contain spaces, commas, '<' or '&': '" + text + "'"));
        }
    }

    private static void dateTime(Element e, List<Problem> problems) {
        if (e == null) {
            return;
        }
        String reason = dateTimeProblem(e.text());
        if (reason != null) {
            problems.add(at(e, null, reason));
        }
    }

    /** Why a CAP date-time is not valid, or null when it is. */
    static String dateTimeProblem(String text) {
        if (text.endsWith("Z") || text.endsWith("z")) {
            return "must give the offset as +hh:mm or -hh:mm, never Z: '" + text + "'";
        }
        if (!DATE_TIME.matcher(text).matches() || CapParser.dateTime(text) == null) {
            return "must be a date and time such as 2026-05-01T08:30:00+08:00: '" + text + "'";
        }
        return null;
    }

    private static void references(Element e, List<Problem> problems) {
        for (String triplet : e.text().split("\\s+")) {
            String[] parts = triplet.split(",", -1);
            if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
                problems.add(at(e, null, "'" + triplet + "' is not a sender,identifier,sent triplet"));
            } else if (dateTimeProblem(parts[2]) != null) {
                problems.add(at(e, null, "'" + triplet + "': the sent time " + dateTimeProblem(parts[2])));
            }
        }
    }

    private static void polygon(Element e, List<Problem> problems) {
        String[] pairs = e.text().isEmpty() ? new String[0] : e.text().split("\\s+");
        if (pairs.length < 4) {
            problems.add(at(e, null, "a polygon needs at least 4 lat,lon pairs (a closed ring), not " + pairs.length));
            return;
        }
        for (String pair : pairs) {
            String reason = pointProblem(pair);
            if (reason != null) {
                problems.add(at(e, null, reason));
                return;
            }
        }
        if (!samePoint(pairs[0], pairs[pairs.length - 1])) {
            problems.add(at(e, null, "a polygon must be closed: the last pair '" + pairs[pairs.length - 1]
                    + "' differs from the first '" + pairs[0] + "'"));
        }
    }

    private static void circle(Element e, List<Problem> problems) {
        String[] parts = e.text().split("\\s+");
        if (parts.length != 2) {
            problems.add(at(e, null, "a circle is 'lat,lon radius' with the radius in km: '" + e.text() + "'"));
            return;
        }
        String reason = pointProblem(parts[0]);
        if (reason != null) {
            problems.add(at(e, null, reason));
            return;
        }
        Double radius = number(parts[1]);
        if (radius == null || radius < 0) {
            problems.add(at(e, null, "the radius must be a number of km, zero or more: '" + parts[1] + "'"));
        }
    }

    /** Why "lat,lon" is not a valid WGS 84 point, or null when it is. */
    static String pointProblem(String pair) {
        String[] ll = pair.split(",", -1);
        Double lat = ll.length == 2 ? number(ll[0]) : null;
        Double lon = ll.length == 2 ? number(ll[1]) : null;
        if (lat == null || lon == null) {
            return "'" + pair + "' is not a lat,lon pair";
        }
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            return "'" + pair + "' is out of range: latitude -90..90, longitude -180..180";
        }
        return null;
    }

    private static boolean samePoint(String a, String b) {
        String[] pa = a.split(",");
        String[] pb = b.split(",");
        return number(pa[0]).equals(number(pb[0])) && number(pa[1]).equals(number(pb[1]));
    }

    static Double number(String s) {
        if (!s.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return null;
        }
        return Double.valueOf(s);
    }
}
