package org.rampart.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rampart.shared.BadInputException.Problem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JurisdictionGeoJsonTests {

    private static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[110,30],[110.1,30],[110.1,30.1],[110,30.1],[110,30]]]}";
    private static final String BOW_TIE = "{\"type\":\"Polygon\",\"coordinates\":[[[110,30],[110.1,30.1],[110.1,30],[110,30.1],[110,30]]]}";

    private final JsonMapper json = JsonMapper.builder().build();

    private ParsedFile read(String text) {
        return JurisdictionGeoJson.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 100, json);
    }

    private static String feature(String properties, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":" + geometry + "}";
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    @Test
    void readsFeaturesWithAndWithoutGeometry() {
        ParsedFile file = read(collection(
                feature("{\"code\":\"G1\",\"parent_code\":\"DP-01\",\"level\":3,\"name_en\":\"Alpha\",\"name_zh\":\"甲\",\"population\":500}", SQUARE),
                feature("{\"code\":\"G2\",\"parent_code\":\"G1\",\"name_en\":\"Beta\",\"name_zh\":\"乙\"}", "null")));
        assertThat(file.problems()).isEmpty();
        assertThat(file.read()).isEqualTo(2);
        ImportRow first = file.rows().get(0);
        assertThat(first).extracting(ImportRow::line, ImportRow::code, ImportRow::level, ImportRow::population)
                .containsExactly(1, "G1", 3, 500L);
        assertThat(json.readTree(first.boundary()).path("type").asString()).isEqualTo("Polygon");
        assertThat(file.rows().get(1).boundary()).isNull();
        assertThat(file.rows().get(1).line()).isEqualTo(2);
    }

    @Test
    void aSelfIntersectingBowTieIsReportedForItsFeature() {
        ParsedFile file = read(collection(
                feature("{\"code\":\"G1\",\"parent_code\":\"DP-01\",\"name_en\":\"Alpha\",\"name_zh\":\"甲\"}", SQUARE),
                feature("{\"code\":\"G2\",\"parent_code\":\"DP-01\",\"name_en\":\"Beta\",\"name_zh\":\"乙\"}", BOW_TIE)));
        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.field()).isEqualTo("geometry");
            assertThat(p.code()).isEqualTo("jurisdiction.geometry.invalid-at");
            assertThat(p.args().get(0)).containsIgnoringCase("self-intersection");
        });
        assertThat(file.badLines()).containsExactly(2);
    }

    @Test
    void otherInvalidGeometriesAreReported() {
        ParsedFile file = read(collection(
                feature("{\"code\":\"G1\",\"parent_code\":\"P\",\"name_en\":\"a\",\"name_zh\":\"b\"}", "{\"type\":\"Point\",\"coordinates\":[1,2]}"),
                feature("{\"code\":\"G2\",\"parent_code\":\"P\",\"name_en\":\"a\",\"name_zh\":\"b\"}",
                        "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,2]]]}"),
                feature("{\"code\":\"G3\",\"parent_code\":\"P\",\"name_en\":\"a\",\"name_zh\":\"b\"}",
                        "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[200,0],[1,1],[0,0]]]}")));
        assertThat(file.problems()).extracting(Problem::line).containsExactly(1, 2, 3);
        assertThat(file.problems()).extracting(Problem::field).containsOnly("geometry");
        assertThat(file.problems()).extracting(Problem::code).containsExactly("jurisdiction.geometry.type-not",
                "jurisdiction.geometry.ring-open", "jurisdiction.geometry.position-range");
        assertThat(file.problems().get(0).args()).containsExactly("Point");
    }

    @Test
    void aFeatureWithoutPropertiesOrWithABadPopulationIsReported() {
        ParsedFile file = read(collection(
                "{\"type\":\"Feature\",\"geometry\":null}",
                feature("{\"code\":\"G2\",\"parent_code\":\"P\",\"name_en\":\"a\",\"name_zh\":\"b\",\"population\":\"many\"}", "null"),
                feature("{\"code\":\"G3\",\"parent_code\":\"P\",\"name_en\":\"a\",\"name_zh\":\"b\",\"level\":1.5}", "null"),
                "{\"type\":\"Point\"}"));
        assertThat(file.problems()).containsExactly(
                Problem.atLine(1, "properties", "jurisdiction.geojson.properties"),
                Problem.atLine(2, "population", "number.not-whole", "many"),
                Problem.atLine(3, "level", "number.not-whole", "1.5"),
                Problem.atLine(4, "type", "jurisdiction.geojson.feature"));
        assertThat(file.rows()).extracting(ImportRow::code).containsExactly("G2", "G3");
        assertThat(file.badLines()).containsExactlyInAnyOrder(2, 3);
    }

    @Test
    void aFileThatIsNotAFeatureCollectionIsRefused() {
        assertThat(read(feature("{\"code\":\"G1\"}", "null")).fatal()).isTrue();
        assertThat(read("[1,2,3]").fatal()).isTrue();
        ParsedFile noType = read("{\"features\":[]}");
        assertThat(noType.fatal()).isTrue();
        assertThat(noType.problems()).extracting(Problem::field).containsExactly("type");
        ParsedFile empty = read(collection());
        assertThat(empty.fatal()).isTrue();
        assertThat(empty.problems()).extracting(Problem::field).containsExactly("features");
    }

    @Test
    void malformedJsonIsRefusedWithWhereItBroke() {
        ParsedFile file = read("{\"type\":\"FeatureCollection\",\n\"features\":[{\"type\":\"Feature\",");
        assertThat(file.fatal()).isTrue();
        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("file");
            assertThat(p.code()).isEqualTo("jurisdiction.geojson.json-at");
            assertThat(p.args().get(0)).isEqualTo("2");
        });
    }

    @Test
    void writtenFeaturesReadBack() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JurisdictionGeoJson.Writer writer = new JurisdictionGeoJson.Writer(out, json)) {
            writer.write(new JurisdictionRepository.ExportRow("G1", "DP-01", 3, "Alpha", "甲", 7L, SQUARE));
            writer.write(new JurisdictionRepository.ExportRow("G2", "G1", 4, "Beta", "乙", null, null));
        }
        JsonNode written = json.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(written.path("features").get(0).path("geometry").path("type").asString()).isEqualTo("Polygon");
        ParsedFile file = read(out.toString(StandardCharsets.UTF_8));
        assertThat(file.problems()).isEmpty();
        assertThat(file.rows()).extracting(ImportRow::code, ImportRow::parentCode, ImportRow::level, ImportRow::population)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("G1", "DP-01", 3, 7L),
                        org.assertj.core.groups.Tuple.tuple("G2", "G1", 4, null));
    }
}
