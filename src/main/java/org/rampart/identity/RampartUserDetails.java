package org.rampart.identity;

import java.util.Collection;
import java.util.List;
import org.rampart.shared.Actor;
import org.rampart.shared.ActorPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user: Spring Security's view plus the Rampart actor with its scope. */
public record RampartUserDetails(Actor actor, String passwordHash, boolean enabled, boolean nonLocked, String locale)
        implements UserDetails, ActorPrincipal, java.io.Serializable {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return actor.roles().stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return nonLocked;
    }

    static List<String> authorityNames(Actor actor) {
        return actor.roles().stream().map(r -> "ROLE_" + r.name()).toList();
    }
}
