package org.rampart.jurisdiction;

import org.rampart.shared.BadInputException.Problem;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Read, validate and write GeoJSON boundaries (Polygon and MultiPolygon in WGS 84 longitude/latitude). */
final class Geometries {

    static final int MAX_POINTS = 200_000;
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private Geometries() {
    }

    /** A geometry that could not be accepted, with the reason. */
    static final class InvalidGeometryException extends RuntimeException {
        private final Problem problem;

        InvalidGeometryException(Problem problem) {
            super(problem.code());
            this.problem = problem;
        }

        /** The problem, placed on the field given. */
        Problem problem(String field) {
            return problem.withField(field);
        }
    }

    /** Parse and validate a GeoJSON geometry object; returns the JTS geometry. */
    static Geometry read(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new InvalidGeometryException(Problem.at(null, "jurisdiction.geometry.object"));
        }
        String type = node.path("type").asString("");
        JsonNode coords = node.get("coordinates");
        if (coords == null || !coords.isArray()) {
            throw new InvalidGeometryException(Problem.at(null, "jurisdiction.geometry.no-coordinates"));
        }
        int[] points = {0};
        Geometry geometry = switch (type) {
            case "Polygon" -> polygon(coords, points);
            case "MultiPolygon" -> {
                List<Polygon> polygons = new ArrayList<>();
                for (JsonNode p : coords) {
                    polygons.add(polygon(p, points));
                }
                if (polygons.isEmpty()) {
                    throw new InvalidGeometryException(Problem.at(null, "jurisdiction.geometry.no-polygons"));
                }
                yield FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
            }
            default -> throw new InvalidGeometryException(Problem.at(null, "jurisdiction.geometry.type-not", type));
        };
        IsValidOp op = new IsValidOp(geometry);
        TopologyValidationError error = op.getValidationError();
        if (error != null) {
            Coordinate at = error.getCoordinate();
            throw new InvalidGeometryException(at == null
                    ? Problem.at(null, "jurisdiction.geometry.invalid", error.getMessage().toLowerCase())
                    : Problem.at(null, "jurisdiction.geometry.invalid-at", error.getMessage().toLowerCase(), at.x, at.y));
        }
        return geometry;
    }

    private static Polygon polygon(JsonNode rings, int[] points) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new InvalidGeometryException(Problem.at(null, "jurisdiction.geometry.no-ring"));
        }
        LinearRing shell = ring(rings.get(0), points);
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i), points);
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode ring, int[] points) {
        if (!ring.isArray() || ring.size() < 4) {
            throw new InvalidGeometryException(Problem.at(null, "jurisdiction.geometry.ring-short"));
        }
        Coordinate[] coordinates = new Coordinate[ring.size()];
        for (int i = 0; i < ring.size(); i++) {
            JsonNode position = ring.get(i);
            if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
                throw new InvalidGeometryException(Problem.at(null, "jurisdiction.geometry.position", i));
            }
            double lon = position.get(0).asDouble();
            double lat = position.get(1).asDouble();
            if (lon < -180 || lon > 180 || lat < -90 || lat > 90 || Double.isNaN(lon) || Double.isNaN(lat)) {
                throw new InvalidGeometryException(Problem.at(null, "jurisdiction.geometry.position-range", i));
            }
            coordinates[i] = new Coordinate(lon, lat);
        }
        points[0] += coordinates.length;
        if (points[0] > MAX_POINTS) {
            throw new InvalidGeometryException(Problem.at(null, "jurisdiction.geometry.too-many", MAX_POINTS));
        }
        if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw new InvalidGeometryException(Problem.at(null, "jurisdiction.geometry.ring-open"));
        }
        return FACTORY.createLinearRing(coordinates);
    }

    /** Write a JTS polygon or multipolygon as a compact GeoJSON geometry. */
    static String write(Geometry geometry, JsonMapper json) {
        ObjectNode node = json.createObjectNode();
        if (geometry instanceof Polygon polygon) {
            node.put("type", "Polygon");
            node.set("coordinates", rings(polygon, json));
        } else if (geometry instanceof MultiPolygon multi) {
            node.put("type", "MultiPolygon");
            ArrayNode polygons = json.createArrayNode();
            for (int i = 0; i < multi.getNumGeometries(); i++) {
                polygons.add(rings((Polygon) multi.getGeometryN(i), json));
            }
            node.set("coordinates", polygons);
        } else {
            throw new InvalidGeometryException(Problem.at(null, "jurisdiction.geometry.type"));
        }
        return json.writeValueAsString(node);
    }

    private static ArrayNode rings(Polygon polygon, JsonMapper json) {
        ArrayNode rings = json.createArrayNode();
        rings.add(ring(polygon.getExteriorRing().getCoordinates(), json));
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            rings.add(ring(polygon.getInteriorRingN(i).getCoordinates(), json));
        }
        return rings;
    }

    private static ArrayNode ring(Coordinate[] coordinates, JsonMapper json) {
        ArrayNode ring = json.createArrayNode();
        for (Coordinate c : coordinates) {
            ArrayNode position = json.createArrayNode();
            position.add(round(c.x));
            position.add(round(c.y));
            ring.add(position);
        }
        return ring;
    }

    private static double round(double v) {
        return Math.round(v * 1e5) / 1e5;
    }
}
