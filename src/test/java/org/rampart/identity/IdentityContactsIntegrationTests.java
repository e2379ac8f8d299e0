package org.rampart.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.Role;
import org.rampart.shared.Scope;
import org.rampart.support.Demo;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The users that a record of a scope may name: those of the scope and above it, never a sibling's. */
@IntegrationTest
class IdentityContactsIntegrationTests {

    @Autowired
    UserManagement users;

    @Autowired
    JurisdictionManagement jurisdictions;

    private String user(String prefix, String jurisdiction) {
        String username = prefix + "-" + System.nanoTime();
        users.create(Actor.system(), new UserDraft(username, "Test " + username, EnumSet.of(Role.VIEWER), jurisdiction,
                null, "password-123", "en"));
        return username;
    }

    @Test
    void aScopeSeesItsOwnUsersAndThoseAboveItButNoSiblingsOrInactiveOnes() {
        String sibling = user("sibling", Demo.SIBLING_CITY);
        String siblingCounty = user("cousin", Demo.SIBLING_COUNTY);
        String gone = user("gone", Demo.COUNTY);
        users.setActive(Actor.system(), gone, false);
        String county = Demo.user("officer", "county");
        String city = Demo.user("officer", "city");
        String province = Demo.user("officer", "province");
        List<String> asked = List.of(county, city, province, sibling, siblingCounty, gone, "nobody-at-all");

        Scope ofCity = Scope.of(jurisdictions.ref(Demo.CITY).orElseThrow().path());
        assertThat(users.contactsVisibleFrom(ofCity, asked)).extracting(UserContact::username)
                .containsExactlyInAnyOrder(county, city, province);
        Scope ofCounty = Scope.of(jurisdictions.ref(Demo.COUNTY).orElseThrow().path());
        assertThat(users.contactsVisibleFrom(ofCounty, asked)).extracting(UserContact::username)
                .containsExactlyInAnyOrder(county, city, province);
        assertThat(users.contactsVisibleFrom(Scope.WHOLE_TREE, asked)).extracting(UserContact::username)
                .containsExactlyInAnyOrder(county, city, province, sibling, siblingCounty);
        assertThat(users.contactsVisibleFrom(ofCity, List.of())).isEmpty();
    }
}
