package org.rampart.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.function.BooleanSupplier;
import org.rampart.identity.RampartUserDetails;
import org.rampart.identity.UserManagement;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.StillSignedIn;
import org.springframework.stereotype.Component;

/**
 * A bearer request holds while its token resolves to an active user; a session request while its session is valid
 * and its user active (a deactivated user's open streams end; sign-out and expiry end them at once elsewhere).
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
        String username = CurrentActor.get().username();
        HttpSession session = request.getSession(false);
        return () -> valid(session) && users.loadForSignIn(username).filter(RampartUserDetails::isEnabled).isPresent();
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
