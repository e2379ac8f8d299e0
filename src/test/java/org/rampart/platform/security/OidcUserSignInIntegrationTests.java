package org.rampart.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

@IntegrationTest
@TestPropertySource(properties = {
    "rampart.oidc.registration-id=corp",
    "spring.security.oauth2.client.registration.corp.client-id=rampart",
    "spring.security.oauth2.client.registration.corp.client-secret=test-secret",
    "spring.security.oauth2.client.registration.corp.scope=openid,profile",
    "spring.security.oauth2.client.registration.corp.authorization-grant-type=authorization_code",
    "spring.security.oauth2.client.registration.corp.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
    "spring.security.oauth2.client.provider.corp.authorization-uri=https://idp.example/auth",
    "spring.security.oauth2.client.provider.corp.token-uri=https://idp.example/token",
    "spring.security.oauth2.client.provider.corp.jwk-set-uri=https://idp.example/jwks",
    "spring.security.oauth2.client.provider.corp.user-name-attribute=sub"})
class OidcUserSignInIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theSignInPageOffersSingleSignOnWhichRedirectsToTheIdentityProvider() {
        Http http = new Http(port);
        assertThat(http.get("/login").body()).contains("/oauth2/authorization/corp");
        Http.Response redirect = http.get("/oauth2/authorization/corp");
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.location()).startsWith("https://idp.example/auth?").contains("client_id=rampart")
                .contains("scope=openid");
    }

    @Test
    void aCallbackWithoutAValidStateIsRefusedOnTheSignInPage() {
        Http http = new Http(port);
        Http.Response callback = http.get("/login/oauth2/code/corp?code=abc&state=forged");
        assertThat(callback.status()).isEqualTo(302);
        assertThat(callback.location()).endsWith("/login?sso=failed");
        assertThat(http.get("/login?sso=failed").body()).contains("Single sign-on failed.");
        assertThat(http.get("/login?sso=unknown").body()).contains("no Rampart account matches your identity");
    }

    @Test
    void passwordSignInStillWorks() {
        Http http = new Http(port);
        assertThat(http.login("viewer.city", org.rampart.support.Demo.PASSWORD).location()).doesNotContain("error");
        assertThat(http.get("/api/v1/me").status()).isEqualTo(200);
    }
}
