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
            problems.add(at(references == null ? alert : references, Problem.at(
                    references == null ? alert.path + "/references" : null, "cap.references.required", msgType)));
        } else if (references != null && !references.text().isEmpty()) {
            references(references, problems);
        }
        if ("Private".equals(alert.required("scope")) && alert.optional("addresses") == null) {
            Element addresses = alert.first("addresses");
            problems.add(at(addresses == null ? alert : addresses, Problem.at(
                    addresses == null ? alert.path + "/addresses" : null, "cap.addresses.required")));
        }
        for (Element info : alert.all("info")) {
            dateTime(info.first("effective"), problems);
            dateTime(info.first("onset"), problems);
            dateTime(info.first("expires"), problems);
            for (Element resource : info.all("resource")) {
                Element size = resource.first("size");
                if (size != null && !size.text().isEmpty() && !size.text().matches("\\+?\\d{1,18}")) {
                    problems.add(at(size, Problem.at(null, "cap.size.invalid")));
                }
            }
            for (Element area : info.all("area")) {
                area.all("polygon").forEach(p -> polygon(p, problems));
                area.all("circle").forEach(c -> circle(c, problems));
            }
        }
        return problems;
    }

    /** Place a problem on an element's line (when known) and, unless it names a field, on the element's path. */
    private static Problem at(Element element, Problem p) {
        Problem placed = p.field() == null ? p.withField(element.path) : p;
        return element.line > 0 ? placed.onLine(element.line) : placed;
    }

    private static void identifierLike(Element e, List<Problem> problems) {
        if (e == null) {
            return;
        }
        String text = e.text();
        if (text.isEmpty()) {
            problems.add(at(e, Problem.at(null, "cap.text.empty")));
        } else if (FORBIDDEN_IN_ID.matcher(text).find()) {
            problems.add(at(e, Problem.at(null, "cap.identifier.forbidden", text)));
        }
    }

    private static void dateTime(Element e, List<Problem> problems) {
        if (e == null) {
            return;
        }
        Problem p = dateTimeProblem(e.text());
        if (p != null) {
            problems.add(at(e, p));
        }
    }

    /** Why a CAP date-time is not valid (a problem of no field yet), or null when it is. */
    static Problem dateTimeProblem(String text) {
        if (text.endsWith("Z") || text.endsWith("z")) {
            return Problem.at(null, "cap.time.zulu", text);
        }
        if (!DATE_TIME.matcher(text).matches() || CapParser.dateTime(text) == null) {
            return Problem.at(null, "cap.time.invalid", text);
        }
        return null;
    }

    private static void references(Element e, List<Problem> problems) {
        for (String triplet : e.text().split("\\s+")) {
            String[] parts = triplet.split(",", -1);
            if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
                problems.add(at(e, Problem.at(null, "cap.references.triplet", triplet)));
            } else if (dateTimeProblem(parts[2]) != null) {
                problems.add(at(e, "cap.time.zulu".equals(dateTimeProblem(parts[2]).code())
                        ? Problem.at(null, "cap.references.sent-zulu", triplet, parts[2])
                        : Problem.at(null, "cap.references.sent-invalid", triplet, parts[2])));
            }
        }
    }

    private static void polygon(Element e, List<Problem> problems) {
        String[] pairs = e.text().isEmpty() ? new String[0] : e.text().split("\\s+");
        if (pairs.length < 4) {
            problems.add(at(e, Problem.at(null, "cap.polygon.too-few", pairs.length)));
            return;
        }
        for (String pair : pairs) {
            Problem p = pointProblem(pair);
            if (p != null) {
                problems.add(at(e, p));
                return;
            }
        }
        if (!samePoint(pairs[0], pairs[pairs.length - 1])) {
            problems.add(at(e, Problem.at(null, "cap.polygon.open", pairs[pairs.length - 1], pairs[0])));
        }
    }

    private static void circle(Element e, List<Problem> problems) {
        String[] parts = e.text().split("\\s+");
        if (parts.length != 2) {
            problems.add(at(e, Problem.at(null, "cap.circle.invalid", e.text())));
            return;
        }
        Problem p = pointProblem(parts[0]);
        if (p != null) {
            problems.add(at(e, p));
            return;
        }
        Double radius = number(parts[1]);
        if (radius == null || radius < 0) {
            problems.add(at(e, Problem.at(null, "cap.circle.radius", parts[1])));
        }
    }

    /** Why "lat,lon" is not a valid WGS 84 point (a problem of no field yet), or null when it is. */
    static Problem pointProblem(String pair) {
        String[] ll = pair.split(",", -1);
        Double lat = ll.length == 2 ? number(ll[0]) : null;
        Double lon = ll.length == 2 ? number(ll[1]) : null;
        if (lat == null || lon == null) {
            return Problem.at(null, "cap.point.invalid", pair);
        }
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            return Problem.at(null, "cap.point.range", pair);
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
