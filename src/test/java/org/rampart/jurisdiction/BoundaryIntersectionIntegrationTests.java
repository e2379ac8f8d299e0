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
        CurrentActor.runAs(Actor.system(), () -> jurisdictions.create(Actor.system(), new JurisdictionDraft("BX-MOVING",
                null, null, "Moving", "移动", null, square(10, 10))));
        Geometry first = FACTORY.createPoint(new Coordinate(10.5, 10.5));
        Geometry second = FACTORY.createPoint(new Coordinate(20.5, 20.5));
        assertThat(jurisdictions.intersecting(first, 4)).extracting(JurisdictionRef::code).containsExactly("BX-MOVING");
        assertThat(jurisdictions.intersecting(second, 4)).isEmpty();
        CurrentActor.runAs(Actor.system(), () -> jurisdictions.update(Actor.system(), "BX-MOVING", new JurisdictionDraft(
                null, null, null, "Moving", "移动", null, square(20, 20)), false));
        assertThat(jurisdictions.intersecting(first, 4)).isEmpty();
        assertThat(jurisdictions.intersecting(second, 4)).extracting(JurisdictionRef::code).containsExactly("BX-MOVING");
        CurrentActor.runAs(Actor.system(), () -> jurisdictions.deactivate(Actor.system(), "BX-MOVING"));
        assertThat(jurisdictions.intersecting(second, 4)).isEmpty();
    }

    private static String square(double lon, double lat) {
        return "{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}".formatted(lon, lat,
                lon + 1, lat, lon + 1, lat + 1, lon, lat + 1, lon, lat);
    }
}
