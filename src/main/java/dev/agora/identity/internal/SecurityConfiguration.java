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
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains: the REST API under /api (bearer tokens, no session, no CSRF because no cookie
 * authenticates it) and the web pages (session cookie, CSRF on every form, remember-me).
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
                        .accessDeniedHandler(problemEntryPoint.accessDeniedHandler()))
                .authorizeHttpRequests(auth -> auth.requestMatchers("/api/v1/admin/**")
                        .hasRole("OPERATOR")
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
    SecurityFilterChain webChain(HttpSecurity http, SecuritySettings settings, MemberDetailsService members)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/me/**", "/sell/**", "/orders/**", "/inbox/**")
                        .authenticated()
                        .requestMatchers("/admin/**")
                        .hasRole("OPERATOR")
                        .anyRequest()
                        .permitAll())
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?loggedOut"))
                .rememberMe(remember -> remember.key(settings.rememberMeKey()).userDetailsService(members))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }
}
