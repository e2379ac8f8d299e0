package org.rampart.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.rampart.identity.RampartUserDetails;
import org.rampart.identity.UserManagement;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Map an OIDC identity to an existing Rampart user by one claim: unknown, inactive and locked users are refused and
 * sent back to the sign-in page with the reason.
 */
class OidcSignIn implements OAuth2UserService<OidcUserRequest, OidcUser>, AuthenticationFailureHandler {

    static final String UNKNOWN = "rampart_unknown_user";
    static final String INACTIVE = "rampart_inactive_user";
    static final String LOCKED = "rampart_locked_user";

    private final OAuth2UserService<OidcUserRequest, OidcUser> delegate;
    private final UserManagement users;
    private final String usernameClaim;

    OidcSignIn(OAuth2UserService<OidcUserRequest, OidcUser> delegate, UserManagement users, String usernameClaim) {
        this.delegate = delegate;
        this.users = users;
        this.usernameClaim = usernameClaim == null || usernameClaim.isBlank() ? "preferred_username" : usernameClaim;
    }

    OidcSignIn(UserManagement users, String usernameClaim) {
        this(new OidcUserService(), users, usernameClaim);
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser identity = delegate.loadUser(request);
        Object claim = identity.getClaims().get(usernameClaim);
        String username = claim == null ? null : claim.toString().trim();
        RampartUserDetails user = username == null || username.isEmpty() ? null
                : users.loadForSignIn(username).orElse(null);
        if (user == null) {
            throw refuse(username, UNKNOWN, "no Rampart user matches the claim " + usernameClaim);
        }
        if (!user.isEnabled()) {
            throw refuse(username, INACTIVE, "the Rampart user is deactivated");
        }
        if (!user.isAccountNonLocked()) {
            throw refuse(username, LOCKED, "the Rampart user is locked");
        }
        return new RampartOidcUser(user.actor(), user.locale(), user.getAuthorities(), identity.getIdToken(),
                identity.getUserInfo(), identity.getClaims().containsKey(usernameClaim) ? usernameClaim : "sub");
    }

    private OAuth2AuthenticationException refuse(String username, String code, String description) {
        users.singleSignOnRefused(username, description);
        return new OAuth2AuthenticationException(new OAuth2Error(code, description, null), description);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        response.sendRedirect(request.getContextPath() + "/login?sso=" + reason(exception));
    }

    static String reason(AuthenticationException exception) {
        if (exception instanceof OAuth2AuthenticationException oauth) {
            String code = oauth.getError().getErrorCode();
            if (UNKNOWN.equals(code)) {
                return "unknown";
            }
            if (INACTIVE.equals(code)) {
                return "inactive";
            }
            if (LOCKED.equals(code)) {
                return "locked";
            }
        }
        return "failed";
    }
}
