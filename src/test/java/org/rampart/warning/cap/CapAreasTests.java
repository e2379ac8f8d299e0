package org.rampart.warning.cap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

class CapAreasTests {

    @Test
    void aCircleBecomesAPolygonWiderInDegreesOfLongitudeAwayFromTheEquator() {
        Geometry circle = CapAreas.circle("60,10 10");
        Envelope e = circle.getEnvelopeInternal();
        assertThat(circle.getNumPoints()).isEqualTo(CapAreas.CIRCLE_SEGMENTS + 1);
        assertThat(e.getHeight()).isCloseTo(2 * 10 / 111.32, within(1e-6));
        assertThat(e.getWidth()).isCloseTo(2 * 10 / (111.32 * 0.5), within(1e-3));
        assertThat(e.centre().x).isCloseTo(10, within(1e-9));
        assertThat(e.centre().y).isCloseTo(60, within(1e-9));
    }

    @Test
    void aCircleOfRadiusZeroIsItsCentre() {
        Geometry point = CapAreas.circle("32.9525,-115.5527 0");
        assertThat(point.getGeometryType()).isEqualTo("Point");
        assertThat(point.getCoordinate().x).isEqualTo(-115.5527);
        assertThat(point.getCoordinate().y).isEqualTo(32.9525);
    }

    @Test
    void aPolygonSwapsLatLonIntoLonLat() {
        Geometry polygon = CapAreas.polygon("38.47,-120.14 38.34,-119.95 38.52,-119.74 38.62,-119.89 38.47,-120.14");
        assertThat(polygon.isValid()).isTrue();
        assertThat(polygon.getEnvelopeInternal().getMinX()).isEqualTo(-120.14);
        assertThat(polygon.getEnvelopeInternal().getMaxY()).isEqualTo(38.62);
    }

    @Test
    void aSelfIntersectingPolygonIsRepairedSoThatItCanBeIntersected() {
        Geometry bowTie = CapAreas.polygon("0,0 1,1 0,1 1,0 0,0");
        assertThat(bowTie.isValid()).isTrue();
        assertThat(bowTie.intersects(CapAreas.circle("0.5,0.1 1"))).isTrue();
    }
}
