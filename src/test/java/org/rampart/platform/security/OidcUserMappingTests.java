package org.rampart.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rampart.identity.RampartUserDetails;
import org.rampart.identity.UserManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.ActorPrincipal;
import org.rampart.shared.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

class OidcUserMappingTests {

    private static final Instant NOW = Instant.now();
    private static final Actor ANALYST = new Actor(42, "analyst.city", Set.of(Role.ANALYST, Role.REPORTER), 7, "/1/7/",
            null, false);

    private final UserManagement users = mock(UserManagement.class);

    private static OidcUserRequest request(Map<String, Object> claims) {
        ClientRegistration registration = ClientRegistration.withRegistrationId("corp").clientId("rampart")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").scope("openid")
                .authorizationUri("https://idp.example/auth").tokenUri("https://idp.example/token").build();
        OAuth2AccessToken access = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access", NOW,
                NOW.plusSeconds(60));
        OidcIdToken.Builder id = OidcIdToken.withTokenValue("id").subject("subject-1").issuedAt(NOW)
                .expiresAt(NOW.plusSeconds(60));
        claims.forEach(id::claim);
        return new OidcUserRequest(registration, access, id.build());
    }

    private OidcSignIn signIn(String claim) {
        return new OidcSignIn(r -> new DefaultOidcUser(List.of(), r.getIdToken()), users, claim);
    }

    @Test
    void anIdentityBecomesTheRampartUserNamedByPreferredUsernameWithItsRolesAndScope() {
        when(users.loadForSignIn("analyst.city"))
                .thenReturn(Optional.of(new RampartUserDetails(ANALYST, "hash", true, true, "zh")));
        OidcUser user = signIn(null).loadUser(request(Map.of("preferred_username", "analyst.city")));
        assertThat(user).isInstanceOf(ActorPrincipal.class);
        assertThat(((ActorPrincipal) user).actor()).isEqualTo(ANALYST);
        assertThat(user.getName()).isEqualTo("analyst.city");
        assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_ANALYST", "ROLE_REPORTER");
        assertThat(((RampartOidcUser) user).locale()).isEqualTo("zh");
        verify(users, never()).singleSignOnRefused(anyString(), anyString());
    }

    @Test
    void theClaimIsConfigurable() {
        when(users.loadForSignIn("analyst.city"))
                .thenReturn(Optional.of(new RampartUserDetails(ANALYST, "hash", true, true, "en")));
        OidcUser user = signIn("employee_id").loadUser(request(Map.of("employee_id", "analyst.city",
                "preferred_username", "someone.else")));
        assertThat(((ActorPrincipal) user).actor().username()).isEqualTo("analyst.city");
    }

    @Test
    void unknownUsersAreRefusedAndTheRefusalIsAudited() {
        when(users.loadForSignIn("nobody")).thenReturn(Optional.empty());
        assertThatThrownBy(() -> signIn(null).loadUser(request(Map.of("preferred_username", "nobody"))))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class,
                        e -> assertThat(OidcSignIn.reason(e)).isEqualTo("unknown"));
        verify(users).singleSignOnRefused(eq("nobody"), anyString());
    }

    @Test
    void anIdentityWithoutTheClaimIsRefused() {
        assertThatThrownBy(() -> signIn(null).loadUser(request(Map.of("email", "a@example.org"))))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class,
                        e -> assertThat(OidcSignIn.reason(e)).isEqualTo("unknown"));
    }

    @Test
    void inactiveAndLockedUsersAreRefused() {
        when(users.loadForSignIn("gone")).thenReturn(Optional.of(new RampartUserDetails(ANALYST, "h", false, true, "en")));
        when(users.loadForSignIn("locked")).thenReturn(Optional.of(new RampartUserDetails(ANALYST, "h", true, false, "en")));
        assertThatThrownBy(() -> signIn(null).loadUser(request(Map.of("preferred_username", "gone"))))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class,
                        e -> assertThat(OidcSignIn.reason(e)).isEqualTo("inactive"));
        assertThatThrownBy(() -> signIn(null).loadUser(request(Map.of("preferred_username", "locked"))))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class,
                        e -> assertThat(OidcSignIn.reason(e)).isEqualTo("locked"));
    }
}
