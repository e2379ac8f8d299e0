package org.rampart.platform.security;

import org.rampart.identity.UserManagement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing (bcrypt) and the user lookup for sign-in; the command line needs them too. */
@Configuration
class PasswordConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(UserManagement users) {
        return username -> users.loadForSignIn(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
