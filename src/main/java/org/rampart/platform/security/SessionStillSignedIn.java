package org.rampart.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.function.BooleanSupplier;
import org.rampart.identity.UserManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.StillSignedIn;
import org.springframework.stereotype.Component;

/**
 * A bearer request holds while its token resolves to an active user; a session request while its session is valid
 * and its sign-in still holds as {@link SignInFreshness} sees it (a deactivated user's open streams end, and so do
 * those of a user whose roles, scope or unit changed; sign-out and expiry end them at once elsewhere).
 */
@Component
class SessionStillSignedIn implements StillSignedIn {

    private final UserManagement users;

    SessionStillSignedIn(UserManagement users) {
        this.users = users;
    }

    @Override
    public BooleanSupplier check(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String secret = header.substring(7).trim();
            return () -> users.authenticateToken(secret).isPresent();
        }
        Actor actor = CurrentActor.get();
        HttpSession session = request.getSession(false);
        return () -> valid(session) && SignInFreshness.stillHolds(users, actor);
    }

    private static boolean valid(HttpSession session) {
        if (session == null) {
            return false;
        }
        try {
            session.getCreationTime();
            return true;
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }
}
