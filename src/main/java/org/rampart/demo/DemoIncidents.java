package org.rampart.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.rampart.incident.Incident;
import org.rampart.incident.IncidentDraft;
import org.rampart.incident.IncidentManagement;
import org.rampart.incident.IncidentStatus;
import org.rampart.incident.ReportStep;
import org.rampart.jurisdiction.ImportRow;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.jurisdiction.JurisdictionRef;
import org.rampart.shared.Actor;
import org.rampart.shared.Role;
import org.springframework.stereotype.Component;

/**
 * A year of plausible incidents across the demo province, replayed at their historic times: mostly grade IV
 * production-safety accidents and natural disasters that follow the seasons, a few grade III and one grade II; the
 * older ones verified, responded to, confirmed up the chain and closed with a final report, the recent ones open.
 */
@Component
class DemoIncidents {

    static final int COUNT = 150;
    private static final Pattern POSITION = Pattern.compile("\\[\\s*(-?[0-9.]+)\\s*,\\s*(-?[0-9.]+)\\s*]");
    private static final GeometryFactory GEO = new GeometryFactory();

    /** type, sub-type, weight, English title, Chinese title; %s is the township's name. */
    private static final String[][] KINDS = {
        {"PRODUCTION_SAFETY", "ROAD_TRAFFIC", "22", "Road traffic collision near %s", "%s道路交通事故"},
        {"PRODUCTION_SAFETY", "FIRE", "12", "Factory fire in %s", "%s厂房火灾"},
        {"PRODUCTION_SAFETY", "CONSTRUCTION", "9", "Scaffold collapse at a building site in %s", "%s建筑工地脚手架坍塌"},
        {"PRODUCTION_SAFETY", "MINING", "4", "Roof fall in a coal mine near %s", "%s煤矿冒顶事故"},
        {"PRODUCTION_SAFETY", "HAZARDOUS_CHEMICALS", "4", "Chemical leak at a plant in %s", "%s化工厂泄漏"},
        {"NATURAL_DISASTER", "FLOOD", "10", "Flash flood in %s", "%s山洪"},
        {"NATURAL_DISASTER", "LANDSLIDE", "6", "Landslide blocks the road in %s", "%s山体滑坡阻断道路"},
        {"NATURAL_DISASTER", "WILDFIRE", "4", "Forest fire in %s", "%s森林火灾"},
        {"NATURAL_DISASTER", "DROUGHT", "2", "Drought affects drinking water in %s", "%s旱情影响饮水"},
        {"NATURAL_DISASTER", "TYPHOON", "2", "Typhoon damage in %s", "%s台风灾害"},
        {"PUBLIC_HEALTH", "FOOD_POISONING", "6", "Food poisoning at a school canteen in %s", "%s学校食堂食物中毒"},
        {"PUBLIC_HEALTH", "INFECTIOUS_DISEASE", "3", "Cluster of infectious disease in %s", "%s传染病聚集性疫情"},
        {"SOCIAL_SECURITY", "MASS_GATHERING", "5", "Crowd crush risk at a festival in %s", "%s节庆活动人群拥挤"},
        {"CYBER_DATA", "RANSOMWARE", "3", "Ransomware at the hospital in %s", "%s医院遭勒索软件攻击"},
        {"CYBER_DATA", "SERVICE_OUTAGE", "3", "Government service outage in %s", "%s政务服务中断"},
        {"SUPPLY_DISRUPTION", "ENERGY", "3", "Gas supply interrupted in %s", "%s燃气供应中断"},
        {"SUPPLY_DISRUPTION", "FOOD", "2", "Vegetable supply shortage in %s", "%s蔬菜供应紧张"}};

    private static final String[][] ACTIONS = {
        {"RESOURCES_DEPLOYED", "Fire and rescue teams and two ambulances dispatched"},
        {"RESCUE", "Search and rescue at the scene"},
        {"MEDICAL", "Injured taken to the county hospital"},
        {"PEOPLE_EVACUATED", "Residents of the nearest village evacuated"},
        {"ROADS_CLOSED", "Road closed in both directions, diversion signposted"}};

    private final IncidentManagement incidents;
    private final JurisdictionManagement jurisdictions;

    DemoIncidents(IncidentManagement incidents, JurisdictionManagement jurisdictions) {
        this.incidents = incidents;
        this.jurisdictions = jurisdictions;
    }

    /** A township where incidents happen, with its outline for placing points. */
    private record Place(String code, String nameEn, String nameZh, Polygon outline) {
    }

    /** Report the incidents and their stories; returns the number reported. */
    int load(Actor system, List<ImportRow> rows, long seed, Instant now) {
        Random random = new Random(seed);
        List<Place> places = new ArrayList<>();
        for (ImportRow row : rows) {
            if (row.code().split("-").length == 4 && row.boundary() != null) {
                Polygon outline = firstRing(row.boundary());
                if (outline != null) {
                    places.add(new Place(row.code(), row.nameEn(), row.nameZh(), outline));
                }
            }
        }
        if (places.isEmpty()) {
            return 0;
        }
        int total = 0;
        for (String[] k : KINDS) {
            total += Integer.parseInt(k[2]);
        }
        ZoneId zone = incidents.zone();
        int made = 0;
        for (int n = 0; n < COUNT; n++) {
            String[] kind = pick(random, total);
            Instant occurred = occurred(random, kind[1], now, zone);
            Place place = places.get(random.nextInt(places.size()));
            int grade = n == COUNT / 3 ? 2 : random.nextInt(100) < 6 ? 3 : 4;
            int deaths = grade == 2 ? 11 : grade == 3 ? 3 + random.nextInt(4) : geometric(random, 0.65, 2);
            int injuries = grade <= 3 ? 4 + random.nextInt(8) : geometric(random, 0.5, 9);
            int missing = "FLOOD".equals(kind[1]) || "LANDSLIDE".equals(kind[1]) ? geometric(random, 0.6, 3) : 0;
            int affected = affected(random, kind[0]);
            BigDecimal loss = BigDecimal.valueOf(5 + random.nextInt(grade <= 3 ? 1500 : 600));
            if (kind[0].equals("CYBER_DATA") || kind[0].equals("SUPPLY_DISRUPTION") || kind[0].equals("PUBLIC_HEALTH")
                    || kind[0].equals("SOCIAL_SECURITY")) {
                deaths = Math.min(deaths, grade <= 3 ? 0 : 1);
                injuries = Math.min(injuries, 4);
                loss = BigDecimal.valueOf(random.nextInt(80));
            }
            Instant reported = occurred.plus(Duration.ofMinutes(8 + random.nextInt(70)));
            Point point = random.nextInt(100) < 85 ? pointIn(place.outline(), random) : null;
            String title = random.nextBoolean() ? String.format(kind[3], place.nameEn())
                    : String.format(kind[4], place.nameZh());
            IncidentManagement at = incidents.replaying(system, Clock.fixed(reported, ZoneOffset.UTC));
            Incident incident = at.report(system, new IncidentDraft(kind[0], kind[1], title,
                    "Demo data: a synthetic incident.", place.code(), point == null ? null : round(point.getX()),
                    point == null ? null : round(point.getY()), occurred.toString(), reported.toString(),
                    organisation(kind[0], random), deaths, injuries, missing, affected, loss, List.of(), List.of()));
            story(system, incident, random, now);
            made++;
        }
        return made;
    }

    /** Verify, respond, confirm the chain, stabilise and close, each step at its time, as far as {@code now} allows. */
    private void story(Actor system, Incident incident, Random random, Instant now) {
        long id = incident.id();
        Instant t = incident.reportedAt().plus(Duration.ofMinutes(20 + random.nextInt(40)));
        boolean recent = Duration.between(incident.reportedAt(), now).toDays() < 2;
        List<ReportStep> chain = incidents.steps(system, id);
        for (ReportStep step : chain) {
            Instant confirmAt = step.dueAt().minus(Duration.ofMinutes(random.nextInt(100) < 90 ? 5 + random.nextInt(50)
                    : -30 - random.nextInt(120)));
            if (recent && random.nextBoolean() || !confirmAt.isBefore(now)) {
                break;
            }
            Actor duty = duty(step, chain);
            if (duty != null) {
                at(confirmAt).confirm(duty, id, step.id());
            }
        }
        if (!t.isBefore(now)) {
            return;
        }
        at(t).changeStatus(system, id, "VERIFIED", "Confirmed on site by the township");
        t = t.plus(Duration.ofMinutes(30 + random.nextInt(90)));
        if (!t.isBefore(now)) {
            return;
        }
        at(t).changeStatus(system, id, "RESPONDING", null);
        for (int a = 0; a < 1 + random.nextInt(3); a++) {
            t = t.plus(Duration.ofMinutes(15 + random.nextInt(120)));
            if (!t.isBefore(now)) {
                return;
            }
            String[] action = ACTIONS[random.nextInt(ACTIONS.length)];
            at(t).action(system, id, action[0], action[1]);
        }
        t = t.plus(Duration.ofHours(6 + random.nextInt(60)));
        if (!t.isBefore(now)) {
            return;
        }
        at(t).changeStatus(system, id, "STABILISED", "Situation under control");
        t = t.plus(Duration.ofDays(5 + random.nextInt(20)));
        if (!t.isBefore(now)) {
            return;
        }
        at(t).finalReport(system, id, "Investigation found inadequate safety checks by the operator.",
                "Inspections must cover night shifts and subcontractors.",
                "Retrain site safety officers\nRepeat the hazard survey of the township\nUpdate the emergency plan");
        at(t.plus(Duration.ofHours(2))).changeStatus(system, id, IncidentStatus.CLOSED.name(), "Closed after review");
    }

    private IncidentManagement at(Instant t) {
        return incidents.replaying(Actor.system(), Clock.fixed(t, ZoneOffset.UTC));
    }

    /** The duty officer of a step's level (for the national step: the province's). */
    private Actor duty(ReportStep step, List<ReportStep> chain) {
        String code = step.external() ? chain.stream().filter(s -> !s.external())
                .min(java.util.Comparator.comparingInt(ReportStep::level)).map(ReportStep::jurisdictionCode).orElse(null)
                : step.jurisdictionCode();
        JurisdictionRef ref = code == null ? null : jurisdictions.ref(code).orElse(null);
        return ref == null ? null : new Actor(0, "duty." + code, Set.of(Role.OFFICER), ref.id(), ref.path(), null, false);
    }

    private static String[] pick(Random random, int total) {
        int r = random.nextInt(total);
        for (String[] k : KINDS) {
            r -= Integer.parseInt(k[2]);
            if (r < 0) {
                return k;
            }
        }
        return KINDS[0];
    }

    /** A time within the last year; floods, landslides and typhoons in the rainy season, wildfires in dry months. */
    private static Instant occurred(Random random, String subType, Instant now, ZoneId zone) {
        for (int attempt = 0; attempt < 50; attempt++) {
            Instant t = now.minus(Duration.ofMinutes(60 + random.nextInt(365 * 24 * 60)));
            int month = t.atZone(zone).getMonthValue();
            boolean fits = switch (subType) {
                case "FLOOD", "LANDSLIDE", "TYPHOON" -> month >= 5 && month <= 9;
                case "WILDFIRE" -> month <= 4 || month >= 11;
                case "DROUGHT" -> month >= 7 && month <= 10;
                default -> true;
            };
            if (fits) {
                return t;
            }
        }
        return now.minus(Duration.ofDays(30));
    }

    private static int geometric(Random random, double p, int max) {
        int n = 0;
        while (n < max && random.nextDouble() > p) {
            n++;
        }
        return n;
    }

    private static int affected(Random random, String type) {
        return switch (type) {
            case "NATURAL_DISASTER" -> 50 + random.nextInt(900);
            case "CYBER_DATA" -> 1000 + random.nextInt(20000);
            case "SUPPLY_DISRUPTION" -> 500 + random.nextInt(8000);
            case "PUBLIC_HEALTH" -> 5 + random.nextInt(25);
            default -> random.nextInt(40);
        };
    }

    private static String organisation(String type, Random random) {
        if (!"PRODUCTION_SAFETY".equals(type)) {
            return null;
        }
        String[] names = {"Demo Logistics Co.", "Demo Building Group", "Demo Coal Mining Co.", "Demo Chemicals Ltd.",
            "Demo Textile Factory", "Demo Bus Company"};
        return names[random.nextInt(names.length)];
    }

    private static double round(double v) {
        return Math.round(v * 1e5) / 1e5;
    }

    /** The first outer ring of a GeoJSON Polygon or MultiPolygon as a polygon; null when it cannot be read. */
    static Polygon firstRing(String geoJson) {
        int start = geoJson.indexOf("\"coordinates\"");
        int end = geoJson.indexOf("]]", start);
        if (start < 0 || end < 0) {
            return null;
        }
        Matcher m = POSITION.matcher(geoJson.substring(start, end + 1));
        List<Coordinate> coordinates = new ArrayList<>();
        while (m.find()) {
            coordinates.add(new Coordinate(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))));
        }
        if (coordinates.size() < 4 || !coordinates.get(0).equals2D(coordinates.get(coordinates.size() - 1))) {
            return null;
        }
        try {
            return GEO.createPolygon(coordinates.toArray(Coordinate[]::new));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A random point inside the polygon (its interior point when random tries miss). */
    private static Point pointIn(Polygon outline, Random random) {
        var envelope = outline.getEnvelopeInternal();
        for (int i = 0; i < 30; i++) {
            Point p = GEO.createPoint(new Coordinate(envelope.getMinX() + random.nextDouble() * envelope.getWidth(),
                    envelope.getMinY() + random.nextDouble() * envelope.getHeight()));
            if (outline.contains(p) && outline.contains(GEO.createPoint(new Coordinate(round(p.getX()), round(p.getY()))))) {
                return GEO.createPoint(new Coordinate(round(p.getX()), round(p.getY())));
            }
        }
        Point interior = outline.getInteriorPoint();
        return GEO.createPoint(new Coordinate(round(interior.getX()), round(interior.getY())));
    }
}
