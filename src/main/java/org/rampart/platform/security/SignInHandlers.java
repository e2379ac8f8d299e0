package org.rampart.platform.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.rampart.identity.RampartUserDetails;
import org.rampart.identity.UserManagement;
import org.rampart.platform.web.LocaleSupport;
import org.rampart.shared.ActorPrincipal;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/** Audit sign-in, failures and sign-out; lock accounts after repeated failures; restore the user's language. */
@Component
class SignInHandlers extends SavedRequestAwareAuthenticationSuccessHandler
        implements AuthenticationFailureHandler, LogoutHandler {

    private final UserManagement users;
    private final LocaleSupport locales;

    SignInHandlers(UserManagement users, LocaleSupport locales) {
        this.users = users;
        this.locales = locales;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws ServletException, IOException {
        if (auth.getPrincipal() instanceof RampartUserDetails user) {
            users.signInSucceeded(user.actor());
            locales.apply(request, response, user.locale());
        } else if (auth.getPrincipal() instanceof RampartOidcUser user) {
            users.signInSucceeded(user.actor());
            locales.apply(request, response, user.locale());
        }
        super.onAuthenticationSuccess(request, response, auth);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String username = request.getParameter("username");
        users.signInFailed(username);
        response.sendRedirect(request.getContextPath() + (exception instanceof LockedException ? "/login?locked" : "/login?error"));
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        if (auth != null && auth.getPrincipal() instanceof ActorPrincipal user) {
            users.signedOut(user.actor().username(), user.actor().scopePath());
        }
    }
}
