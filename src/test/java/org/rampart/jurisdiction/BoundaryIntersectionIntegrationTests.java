package org.rampart.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.rampart.shared.Actor;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.PageQuery;
import org.rampart.support.Demo;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class BoundaryIntersectionIntegrationTests {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    @Autowired
    JurisdictionManagement jurisdictions;

    @Test
    void aSmallAreaInsideACityFindsTheProvinceTheCityAndItsOwnDescendantsOnly() {
        Geometry outline = Geometries.read(tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(jurisdictions.mapGeoJson(Actor.system(), Demo.CITY)).path("features").get(0).path("geometry"));
        Coordinate inside = outline.getInteriorPoint().getCoordinate();
        List<JurisdictionRef> found = jurisdictions.intersecting(FACTORY.toGeometry(new Envelope(inside.x - 1e-4,
                inside.x + 1e-4, inside.y - 1e-4, inside.y + 1e-4)), 4);
        assertThat(found).extracting(JurisdictionRef::code).startsWith(Demo.PROVINCE, Demo.CITY)
                .allSatisfy(code -> assertThat(code).satisfiesAnyOf(c -> assertThat(c).isEqualTo(Demo.PROVINCE),
                        c -> assertThat(c).startsWith(Demo.CITY)));
        assertThat(found).extracting(JurisdictionRef::level).contains(1, 2, 3, 4).isSorted();
        assertThat(jurisdictions.intersecting(FACTORY.toGeometry(new Envelope(inside.x - 1e-4, inside.x + 1e-4,
                inside.y - 1e-4, inside.y + 1e-4)), 2)).extracting(JurisdictionRef::code)
                .containsExactly(Demo.PROVINCE, Demo.CITY);
    }

    @Test
    void anAreaFarAwayFindsNothingAndAnEmptyAreaIsAllowed() {
        assertThat(jurisdictions.intersecting(FACTORY.createPoint(new Coordinate(-82.9, 42.3)), 4)).isEmpty();
        assertThat(jurisdictions.intersecting(FACTORY.createPolygon(), 4)).isEmpty();
        assertThat(jurisdictions.intersecting(null, 4)).isEmpty();
    }

    @Test
    void aChangedBoundaryIsReadAgain() {
        Jurisdiction township = jurisdictions.children(Actor.system(), "DP-21-01", PageQuery.of(0, 1)).items().get(0);
        String original = jurisdictions.mapGeoJson(Actor.system(), township.code());
        String boundary = tools.jackson.databind.json.JsonMapper.builder().build().readTree(original).path("features").get(0)
                .path("geometry").toString();
        Geometry far = FACTORY.createPoint(new Coordinate(20.5, 20.5));
        assertThat(jurisdictions.intersecting(far, 4)).isEmpty();
        try {
            move(township, square(20, 20));
            assertThat(jurisdictions.intersecting(far, 4)).extracting(JurisdictionRef::code).containsExactly(township.code());
        } finally {
            move(township, boundary);
        }
        assertThat(jurisdictions.intersecting(far, 4)).isEmpty();
    }

    private void move(Jurisdiction j, String boundary) {
        CurrentActor.runAs(Actor.system(), () -> jurisdictions.update(Actor.system(), j.code(), new JurisdictionDraft(null,
                null, null, j.nameEn(), j.nameZh(), j.population(), boundary), false));
    }

    private static String square(double lon, double lat) {
        return "{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}".formatted(lon, lat,
                lon + 1, lat, lon + 1, lat + 1, lon, lat + 1, lon, lat);
    }
}
