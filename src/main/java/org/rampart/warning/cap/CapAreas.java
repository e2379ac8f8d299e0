package org.rampart.warning.cap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import tools.jackson.databind.JsonNode;

/** Turn CAP polygons ("lat,lon ...") and circles ("lat,lon radius-km") into longitude/latitude JTS geometries. */
final class CapAreas {

    static final int CIRCLE_SEGMENTS = 64;
    private static final double KM_PER_DEGREE = 111.32;
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private CapAreas() {
    }

    /** A polygon that the rules accepted; a self-intersecting ring is repaired, keeping all of its parts, so that it can be intersected. */
    static Geometry polygon(String text) {
        String[] pairs = text.trim().split("\\s+");
        Coordinate[] ring = new Coordinate[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            ring[i] = point(pairs[i]);
        }
        ring[ring.length - 1] = ring[0];
        Geometry polygon = FACTORY.createPolygon(ring);
        return polygon.isValid() ? polygon : GeometryFixer.fix(polygon);
    }

    /**
     * A circle as a polygon of {@link #CIRCLE_SEGMENTS} points: the radius in km becomes degrees of latitude, and of
     * longitude divided by cos(latitude). A radius of 0 is the centre point.
     */
    static Geometry circle(String text) {
        String[] parts = text.trim().split("\\s+");
        Coordinate centre = point(parts[0]);
        double km = Double.parseDouble(parts[1]);
        if (km == 0) {
            return FACTORY.createPoint(centre);
        }
        double dLat = km / KM_PER_DEGREE;
        double cos = Math.max(Math.cos(Math.toRadians(centre.y)), 1e-6);
        double dLon = Math.min(km / (KM_PER_DEGREE * cos), 180);
        Coordinate[] ring = new Coordinate[CIRCLE_SEGMENTS + 1];
        for (int i = 0; i < CIRCLE_SEGMENTS; i++) {
            double angle = 2 * Math.PI * i / CIRCLE_SEGMENTS;
            ring[i] = new Coordinate(centre.x + dLon * Math.cos(angle), Math.max(-90, Math.min(90, centre.y + dLat * Math.sin(angle))));
        }
        ring[CIRCLE_SEGMENTS] = ring[0];
        return FACTORY.createPolygon(ring);
    }

    private static Coordinate point(String pair) {
        String[] ll = pair.split(",");
        return new Coordinate(Double.parseDouble(ll[1]), Double.parseDouble(ll[0]));
    }

    /** The most points written for one CAP polygon, and the most polygons written for one area. */
    static final int MAX_POINTS = 100;
    static final int MAX_POLYGONS = 20;

    /**
     * The outer rings of a longitude/latitude geometry as CAP polygons ("lat,lon ..." with 5 decimals, closed),
     * largest first; rings with more than {@link #MAX_POINTS} points are simplified until they fit.
     */
    static List<String> toCap(Geometry lonLat) {
        List<Polygon> parts = new ArrayList<>();
        for (int i = 0; i < lonLat.getNumGeometries(); i++) {
            if (lonLat.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                parts.add(p);
            }
        }
        parts.sort(Comparator.comparingDouble(Geometry::getArea).reversed());
        List<String> polygons = new ArrayList<>();
        for (Polygon part : parts.subList(0, Math.min(parts.size(), MAX_POLYGONS))) {
            Geometry ring = FACTORY.createPolygon(part.getExteriorRing().getCoordinates());
            double tolerance = 0.0001;
            while (ring.getNumPoints() > MAX_POINTS && tolerance < 10) {
                ring = TopologyPreservingSimplifier.simplify(FACTORY.createPolygon(part.getExteriorRing().getCoordinates()), tolerance);
                tolerance *= 2;
            }
            if (ring instanceof Polygon simple && !simple.isEmpty()) {
                String text = ring(simple.getExteriorRing());
                if (text != null) {
                    polygons.add(text);
                }
            }
        }
        return polygons;
    }

    private static String ring(LinearRing ring) {
        List<String> pairs = new ArrayList<>();
        for (Coordinate c : ring.getCoordinates()) {
            String pair = String.format(Locale.ROOT, "%.5f,%.5f", c.y, c.x);
            if (pairs.isEmpty() || !pairs.get(pairs.size() - 1).equals(pair)) {
                pairs.add(pair);
            }
        }
        if (!pairs.get(0).equals(pairs.get(pairs.size() - 1))) {
            pairs.add(pairs.get(0));
        }
        return pairs.size() < 4 ? null : String.join(" ", pairs);
    }

    /** The outer rings of a GeoJSON Polygon or MultiPolygon (longitude, latitude) as JTS polygons; empty for others. */
    static Geometry fromGeoJson(JsonNode geometry) {
        List<Polygon> polygons = new ArrayList<>();
        String type = geometry.path("type").asString();
        if ("Polygon".equals(type)) {
            polygons.add(outer(geometry.path("coordinates")));
        } else if ("MultiPolygon".equals(type)) {
            geometry.path("coordinates").forEach(p -> polygons.add(outer(p)));
        }
        polygons.removeIf(p -> p == null);
        return FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    private static Polygon outer(JsonNode rings) {
        JsonNode ring = rings.path(0);
        if (ring.size() < 4) {
            return null;
        }
        Coordinate[] points = new Coordinate[ring.size()];
        for (int i = 0; i < ring.size(); i++) {
            points[i] = new Coordinate(ring.path(i).path(0).asDouble(), ring.path(i).path(1).asDouble());
        }
        points[points.length - 1] = points[0];
        return FACTORY.createPolygon(points);
    }
}
