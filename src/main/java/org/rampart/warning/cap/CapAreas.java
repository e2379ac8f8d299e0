package org.rampart.warning.cap;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;

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
}
