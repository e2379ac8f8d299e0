package org.rampart.jurisdiction;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rampart.shared.BadInputException.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Read and write jurisdictions as a GeoJSON FeatureCollection. Features are read one at a time, so a large file
 * never sits in memory as one tree; problems name the feature by its 1-based number.
 */
final class JurisdictionGeoJson {

    private JurisdictionGeoJson() {
    }

    /** Read a whole file; stops with a fatal problem after {@code maxRows} features. */
    static ParsedFile read(InputStream in, int maxRows, JsonMapper json) {
        List<ImportRow> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<Integer> badLines = new HashSet<>();
        int read = 0;
        String type = null;
        boolean sawFeatures = false;
        // One feature at a time: the mapper's default would refuse the rest of the file as trailing tokens.
        ObjectReader features = json.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try (JsonParser parser = json.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return ParsedFile.fatal(0, List.of(notACollection()));
            }
            for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                JsonToken value = parser.nextToken();
                if ("type".equals(name)) {
                    type = value == JsonToken.VALUE_STRING ? parser.getString() : "";
                    if (!"FeatureCollection".equals(type)) {
                        return ParsedFile.fatal(read, List.of(notACollection()));
                    }
                } else if ("features".equals(name)) {
                    if (value != JsonToken.START_ARRAY) {
                        return ParsedFile.fatal(0, List.of(Problem.at("features", "jurisdiction.geojson.features-array")));
                    }
                    sawFeatures = true;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        read++;
                        if (read > maxRows) {
                            return ParsedFile.fatal(read, List.of(Problem.at("file", "jurisdiction.geojson.too-many",
                                    maxRows)));
                        }
                        JsonNode feature = features.readValue(parser);
                        feature(read, feature, json, rows, problems, badLines);
                    }
                } else {
                    parser.skipChildren();
                }
            }
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String detail = firstLine(e.getOriginalMessage());
            return ParsedFile.fatal(read, List.of(at == null || at.getLineNr() < 0
                    ? Problem.at("file", "jurisdiction.geojson.json", detail)
                    : Problem.at("file", "jurisdiction.geojson.json-at", at.getLineNr(), at.getColumnNr(), detail)));
        }
        if (type == null) {
            return ParsedFile.fatal(read, List.of(notACollection()));
        }
        if (!sawFeatures) {
            return ParsedFile.fatal(0, List.of(Problem.at("features", "jurisdiction.geojson.features-missing")));
        }
        if (read == 0) {
            return ParsedFile.fatal(0, List.of(Problem.at("features", "jurisdiction.geojson.features-empty")));
        }
        return new ParsedFile(rows, problems, badLines, read, false);
    }

    private static Problem notACollection() {
        return Problem.at("type", "jurisdiction.geojson.collection");
    }

    private static void feature(int number, JsonNode feature, JsonMapper json, List<ImportRow> rows, List<Problem> problems,
            Set<Integer> badLines) {
        List<Problem> found = new ArrayList<>();
        if (!feature.isObject() || !"Feature".equals(feature.path("type").asString(""))) {
            problems.add(Problem.atLine(number, "type", "jurisdiction.geojson.feature"));
            return;
        }
        JsonNode props = feature.get("properties");
        if (props == null || !props.isObject()) {
            problems.add(Problem.atLine(number, "properties", "jurisdiction.geojson.properties"));
            return;
        }
        String code = text(props, "code", number, found);
        String parentCode = text(props, "parent_code", number, found);
        String nameEn = text(props, "name_en", number, found);
        String nameZh = text(props, "name_zh", number, found);
        Long level = whole(props, "level", number, found);
        Long population = whole(props, "population", number, found);
        if (level != null && (level < Integer.MIN_VALUE || level > Integer.MAX_VALUE)) {
            found.add(Problem.atLine(number, "level", "number.range", 1, 20));
            level = null;
        }
        String boundary = null;
        JsonNode geometry = feature.get("geometry");
        if (geometry != null && !geometry.isNull()) {
            try {
                boundary = Geometries.write(Geometries.read(geometry), json);
            } catch (Geometries.InvalidGeometryException e) {
                found.add(e.problem("geometry").onLine(number));
            }
        }
        rows.add(new ImportRow(number, code, parentCode, level == null ? null : level.intValue(), nameEn, nameZh,
                population, boundary));
        if (!found.isEmpty()) {
            problems.addAll(found);
            badLines.add(number);
        }
    }

    private static String text(JsonNode props, String name, int number, List<Problem> found) {
        JsonNode v = props.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isString()) {
            String s = v.asString().trim();
            return s.isEmpty() ? null : s;
        }
        if (v.isIntegralNumber()) {
            return v.asString();
        }
        found.add(Problem.atLine(number, name, "jurisdiction.geojson.text"));
        return null;
    }

    private static Long whole(JsonNode props, String name, int number, List<Problem> found) {
        JsonNode v = props.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return v.asLong();
        }
        if (v.isString() && !v.asString().isBlank()) {
            try {
                return Long.valueOf(v.asString().trim());
            } catch (NumberFormatException e) {
                found.add(Problem.atLine(number, name, "number.not-whole", v.asString()));
                return null;
            }
        }
        if (v.isString()) {
            return null;
        }
        found.add(Problem.atLine(number, name, "number.not-whole", v));
        return null;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Write a FeatureCollection, one feature per row, each with its boundary or a null geometry. */
    static final class Writer implements AutoCloseable {
        private final JsonGenerator out;
        private final JsonMapper json;

        Writer(OutputStream stream, JsonMapper json) {
            this.json = json;
            this.out = json.createGenerator(stream);
            out.writeStartObject();
            out.writeStringProperty("type", "FeatureCollection");
            out.writeName("features");
            out.writeStartArray();
        }

        void write(JurisdictionRepository.ExportRow row) {
            out.writeStartObject();
            out.writeStringProperty("type", "Feature");
            out.writeName("properties");
            out.writeStartObject();
            out.writeStringProperty("code", row.code());
            out.writeStringProperty("parent_code", row.parentCode());
            out.writeNumberProperty("level", row.level());
            out.writeStringProperty("name_en", row.nameEn());
            out.writeStringProperty("name_zh", row.nameZh());
            if (row.population() == null) {
                out.writeNullProperty("population");
            } else {
                out.writeNumberProperty("population", row.population().longValue());
            }
            out.writeEndObject();
            out.writeName("geometry");
            if (row.boundary() == null) {
                out.writeNull();
            } else {
                json.writeTree(out, json.readTree(row.boundary()));
            }
            out.writeEndObject();
        }

        /** End the collection and flush; the stream stays open for its owner to close. */
        @Override
        public void close() {
            out.writeEndArray();
            out.writeEndObject();
            out.flush();
        }
    }
}
