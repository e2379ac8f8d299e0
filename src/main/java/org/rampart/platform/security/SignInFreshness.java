package org.rampart.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.rampart.identity.RampartUserDetails;
import org.rampart.identity.UserManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.CurrentActor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A signed-in session holds the access its user had at sign-in. This filter compares it with the user as stored now,
 * at most once per {@code interval} per session: a user who was deactivated, or whose roles, scope, unit or write
 * permission changed, is signed out (the session is invalidated and the request goes on unauthenticated, so pages
 * redirect to the sign-in page and the API answers 401). API tokens are checked on every request elsewhere.
 */
class SignInFreshness extends OncePerRequestFilter {

    static final String CHECKED = SignInFreshness.class.getName() + ".checked";

    private final UserManagement users;
    private final long intervalMillis;

    SignInFreshness(UserManagement users, Duration interval) {
        this.users = users;
        this.intervalMillis = interval.toMillis();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Optional<Actor> signedIn = CurrentActor.find();
        if (session != null && signedIn.isPresent() && !SecurityConfig.hasBearer(request)) {
            long now = System.currentTimeMillis();
            Object checked = session.getAttribute(CHECKED);
            if (!(checked instanceof Long at) || now - at >= intervalMillis) {
                if (!stillHolds(users, signedIn.get())) {
                    session.invalidate();
                    SecurityContextHolder.clearContext();
                } else {
                    session.setAttribute(CHECKED, now);
                }
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether a sign-in still holds: its user is active and has the roles, scope, unit and write permission the
     * sign-in was given. Sessions (this filter) and live streams ({@link SessionStillSignedIn}) ask the same.
     */
    static boolean stillHolds(UserManagement users, Actor actor) {
        return users.loadForSignIn(actor.username()).filter(RampartUserDetails::isEnabled).map(RampartUserDetails::actor)
                .filter(now -> now.roles().equals(actor.roles()) && now.scopePath().equals(actor.scopePath())
                        && now.jurisdictionId() == actor.jurisdictionId()
                        && java.util.Objects.equals(now.unitId(), actor.unitId()) && now.readOnly() == actor.readOnly())
                .isPresent();
    }
}
