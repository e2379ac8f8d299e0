package org.rampart.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rampart.shared.Scope;
import org.rampart.support.Demo;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The units that a record of a scope may name: those of the scope and above it, never a sibling's. */
@IntegrationTest
class JurisdictionUnitRefIntegrationTests {

    @Autowired
    JurisdictionManagement jurisdictions;

    @Test
    void aScopeSeesItsOwnUnitsAndThoseAboveItButNoSiblings() {
        Scope city = Scope.of(jurisdictions.ref(Demo.CITY).orElseThrow().path());
        assertThat(jurisdictions.unitRef(city, Demo.CITY + "-EM")).map(JurisdictionManagement.UnitRef::jurisdictionPath)
                .contains(city.path());
        assertThat(jurisdictions.unitRef(city, Demo.COUNTY + "-EM")).isPresent();
        assertThat(jurisdictions.unitRef(city, Demo.PROVINCE + "-EM")).as("above the scope").isPresent();
        assertThat(jurisdictions.unitRef(city, Demo.SIBLING_CITY + "-EM")).as("a sibling's").isEmpty();
        assertThat(jurisdictions.unitRef(city, Demo.SIBLING_COUNTY + "-EM")).isEmpty();
        assertThat(jurisdictions.unitRef(city, "DP-77-EM")).isEmpty();
        assertThat(jurisdictions.unitRef(city, "not a code")).isEmpty();
        assertThat(jurisdictions.unitRef(Scope.WHOLE_TREE, Demo.SIBLING_CITY + "-EM")).isPresent();
    }
}
