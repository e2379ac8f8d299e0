package org.rampart.platform.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.rampart.identity.UserManagement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** The security chain: form sign-in with sessions for people, bearer tokens for programs, scope in every query. */
@Configuration
@ConditionalOnWebApplication
class SecurityConfig {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    static final RequestMatcher API = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");

    /** Single sign-on, only when an OIDC registration is named; without it no OAuth2 bean is needed. */
    @Bean
    @ConditionalOnExpression("!'${rampart.oidc.registration-id:}'.isBlank()")
    OidcSignIn oidcSignIn(UserManagement users, ObjectProvider<ClientRegistrationRepository> registrations,
            @Value("${rampart.oidc.registration-id}") String registrationId,
            @Value("${rampart.oidc.username-claim:preferred_username}") String usernameClaim) {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        if (repository == null || repository.findByRegistrationId(registrationId.trim()) == null) {
            throw new IllegalStateException("rampart.oidc.registration-id is '" + registrationId
                    + "' but no spring.security.oauth2.client.registration." + registrationId.trim()
                    + ".* properties configure it; see docs/oidc.md");
        }
        return new OidcSignIn(users, usernameClaim);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, BearerTokenFilter bearer, SignInHandlers handlers,
            ProblemAuthenticationEntryPoint entryPoint, ProblemAccessDeniedHandler deniedHandler,
            ObjectProvider<OidcSignIn> oidc, UserManagement users,
            @Value("${rampart.security.sign-in-check:10s}") java.time.Duration freshness) throws Exception {
        OidcSignIn sso = oidc.getIfAvailable();
        if (sso != null) {
            http.oauth2Login(o -> o.loginPage("/login").userInfoEndpoint(u -> u.oidcUserService(sso))
                    .successHandler(handlers).failureHandler(sso).permitAll());
        }
        http.authorizeHttpRequests(a -> a
                        // The dispatch that finishes an async answer (a live stream ended at sign-out) belongs to a
                        // request already authorised; its session may be gone by then.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
                                "/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/error",
                                "/v3/api-docs", "/v3/api-docs/**", "/api/docs", "/api/docs/**", "/api/swagger-ui/**", "/cap/feed.atom", "/cap/messages/*.xml",
                                // a calendar feed: its secret token stands for the user (CalendarFeeds)
                                "/supervision/calendar/feed/*.ics")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").successHandler(handlers).failureHandler(handlers).permitAll())
                .logout(l -> l.logoutUrl("/logout").addLogoutHandler(handlers).logoutSuccessUrl("/login?logout"))
                .csrf(c -> c.ignoringRequestMatchers(SecurityConfig::hasBearer))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny()))
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(entryPoint, API)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                AnyRequestMatcher.INSTANCE)
                        .defaultAccessDeniedHandlerFor(deniedHandler, API))
                .addFilterBefore(bearer, UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new SignInFreshness(users, freshness), SecurityContextHolderFilter.class);
        return http.build();
    }

    static boolean hasBearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }
}
