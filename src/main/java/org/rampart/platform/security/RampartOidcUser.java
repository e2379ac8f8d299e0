package org.rampart.platform.security;

import java.util.Collection;
import org.rampart.shared.Actor;
import org.rampart.shared.ActorPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** A person signed in through OIDC, acting as the Rampart user their identity names, with its roles and scope. */
class RampartOidcUser extends DefaultOidcUser implements ActorPrincipal {

    private static final long serialVersionUID = 1L;

    private final Actor actor;
    private final String locale;

    RampartOidcUser(Actor actor, String locale, Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken,
            OidcUserInfo userInfo, String nameClaim) {
        super(authorities, idToken, userInfo, nameClaim);
        this.actor = actor;
        this.locale = locale;
    }

    @Override
    public Actor actor() {
        return actor;
    }

    String locale() {
        return locale;
    }

    /** The Rampart username, whatever the claim that carried it. */
    @Override
    public String getName() {
        return actor.username();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RampartOidcUser other && super.equals(other) && actor.equals(other.actor);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + actor.hashCode();
    }
}
