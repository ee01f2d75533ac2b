package dev.agora.identity.internal;

import dev.agora.kernel.web.ProblemAuthenticationEntryPoint;
import dev.agora.kernel.web.ProblemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.rememberme.TokenBasedRememberMeServices;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Two filter chains: the REST API under /api (bearer tokens, no session, no CSRF because no cookie
 * authenticates it) and the web pages (session cookie once logged in, CSRF on every form, remember-me).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; manifest-src 'self'; worker-src 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, ProblemWriter problems) throws Exception {
        var problemEntryPoint = new ProblemAuthenticationEntryPoint(problems);
        http.securityMatcher("/api/**")
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)))
                // ---- api helper: bearer tokens and problem+json for 401/403 ----
                .addFilterBefore(new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problemEntryPoint)
                        .accessDeniedHandler(StaffAccessDenials.logging(problemEntryPoint.accessDeniedHandler())))
                .authorizeHttpRequests(auth -> staffAreas(auth, "/api/v1/admin")
                        // --- admin (issue 10): data export of a member by id (refused for anyone but them)
                        .requestMatchers("/api/v1/members/*/export")
                        .authenticated()
                        // --- end admin
                        // --- trust: moderation API for operators and moderators ---
                        .requestMatchers("/api/v1/moderation/**").hasAnyRole("OPERATOR", "MODERATOR")
                        // --- end trust ---
                        .requestMatchers("/api/v1/me", "/api/v1/me/**")
                        .authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/v1/auth/tokens")
                        .authenticated()
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/auth/tokens/**")
                        .authenticated()
                        // ---- end api helper block ----
                        .anyRequest()
                        .permitAll());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(
            HttpSecurity http,
            SecuritySettings settings,
            SecurityContextRepository contexts,
            TwoFactorRememberMe rememberMe,
            LoginOutcomes loginOutcomes,
            LoginThrottle throttle)
            throws Exception {
        http.authorizeHttpRequests(auth -> staffAreas(auth, "/admin")
                        .requestMatchers("/me/**", "/sell/**", "/orders/**", "/inbox/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                // --- auth flows (auth helper): shared context repository, login outcomes, throttle, 2FA-aware remember-me
                .securityContext(context -> context.securityContextRepository(contexts))
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(loginOutcomes)
                        .failureHandler(loginOutcomes)
                        .permitAll())
                .addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?loggedOut"))
                .rememberMe(remember -> remember.key(settings.rememberMeKey()).rememberMeServices(rememberMe))
                // --- end auth flows
                // --- catalog: RFC 8058 one-click unsubscribe; mail clients POST without a session or CSRF token,
                // the signed token in the URL is the authorisation. Only this path and method are exempt.
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens(settings))
                        .ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults()
                        .matcher(HttpMethod.POST, "/notifications/unsubscribe/one-click")))
                // --- end catalog
                // --- admin (issue 10): denials are logged
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(
                        StaffAccessDenials.logging(new AccessDeniedHandlerImpl())))
                // --- end admin
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    /**
     * The CSRF token lives in a cookie, not in the session: every page carries the token in its forms, and a
     * session-backed token would make each anonymous page view (a browsing buyer, a crawler) write a session row.
     * Forms and htmx requests still send the token masked per response (BREACH), checked against the cookie.
     */
    private static CookieCsrfTokenRepository csrfTokens(SecuritySettings settings) {
        var repository = new CookieCsrfTokenRepository();
        repository.setHeaderName("X-CSRF-TOKEN"); // the header htmx and the scripts have always sent
        repository.setCookieCustomizer(cookie -> cookie.secure(settings.secureCookies()).sameSite("Lax"));
        return repository;
    }

    // --- admin (issue 10): the console's areas by staff role (StaffAreas); everything else under the prefix is
    // for operators only, and nothing under it for members or anonymous callers
    private static AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry staffAreas(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth, String prefix) {
        for (StaffAreas.Rule rule : StaffAreas.rules(prefix)) {
            var matcher = rule.method() == null
                    ? auth.requestMatchers(rule.pattern())
                    : auth.requestMatchers(rule.method(), rule.pattern());
            matcher.hasAnyRole(rule.roles());
        }
        return auth.requestMatchers(prefix, prefix + "/**").hasRole("OPERATOR");
    }
    // --- end admin

    // --- auth flows (auth helper)
    @Bean
    SecurityContextRepository securityContextRepository() {
        return new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    }

    @Bean
    TwoFactorRememberMe twoFactorRememberMe(SecuritySettings settings, MemberDetailsService members, TwoFactor twoFactor) {
        var services = new TokenBasedRememberMeServices(settings.rememberMeKey(), members);
        services.setCookieName("remember-me");
        services.setParameter(TwoFactorRememberMe.PARAMETER);
        services.setUseSecureCookie(settings.secureCookies());
        return new TwoFactorRememberMe(services, twoFactor);
    }

    @Bean
    LoginOutcomes loginOutcomes(
            LoginAttempts attempts, LoginThrottle throttle, TwoFactor twoFactor, SecurityContextRepository contexts) {
        return new LoginOutcomes(attempts, throttle, twoFactor, contexts);
    }
    // --- end auth flows
}
