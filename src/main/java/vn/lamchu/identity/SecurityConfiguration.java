package vn.lamchu.identity;

import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

/**
 * Two filter chains. The REST API ({@code /api/**}) is stateless and authenticates only by personal token, so it
 * honours no cookie and needs no CSRF token. The pages use form login with a session, CSRF tokens, and a
 * Content-Security-Policy that allows no inline script or style.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Pages anyone may open: the public portal, the login page, static assets, health and metrics. */
    static final String[] PUBLIC_PAGES = {
            "/", "/login", "/error", "/favicon.ico", "/css/**", "/js/**", "/img/**", "/webjars/**",
            "/deadlines", "/deadlines/**", "/portal/**", "/api/v1/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**",
            "/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/actuator/info"};

    /** API endpoints anyone may call. */
    static final String[] PUBLIC_API = {
            "/api/v1/public/**", "/api/v1/rules", "/api/v1/rules/**",
            "/api/v1/docs", "/api/v1/docs/**"};

    @Bean
    PasswordEncoder passwordEncoder() {
        // Argon2id (OWASP's first choice) for new hashes; bcrypt still verifies hashes imported from elsewhere.
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    /**
     * No Micrometer observations of the filter chain, of authentications or of authorizations. With them, every
     * request wrapped each of the chain's filters in an observation of its own and cost more CPU than the request's own
     * work under load (docs/performance.md, "What every request costs"). The server's HTTP metrics
     * ({@code http.server.requests}) stay.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    // Only in the web server: the operations commands (audit-verify) run this context without one.
    @ConditionalOnWebApplication
    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, ProblemResponses problems) throws Exception {
        // The API browser (Swagger UI) is a page: it gets the page chain and its Content-Security-Policy.
        var path = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(new AndRequestMatcher(path.matcher("/api/**"),
                        new NegatedRequestMatcher(path.matcher("/api/v1/swagger-ui/**"))))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // no session, so nothing to log out of and no request to save for after a login
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC_API).permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> problems.write(request, response, 401, "error.unauthorized"))
                        .accessDeniedHandler((request, response, e) -> problems.write(request, response, 403, "error.forbidden")))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    @ConditionalOnWebApplication
    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http) throws Exception {
        // The AccountAuthenticationProvider bean serves as the global authentication manager. Registering it on the
        // chain as well would make it the parent's fallback too, and count every wrong password twice.
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers("/office", "/office/**").hasAuthority("OFFICE_ACCESS")
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .authenticationDetailsSource(LoginDetails::new)
                        .defaultSuccessUrl("/office", false)
                        .failureHandler(loginFailureHandler())
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/?loggedOut").permitAll())
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=(self)")));
        return http.build();
    }

    /** Tells the login page what went wrong without telling an attacker which part was wrong. */
    private static AuthenticationFailureHandler loginFailureHandler() {
        return (request, response, exception) -> {
            String error = exception instanceof LockedException ? "locked"
                    : exception instanceof DisabledException ? "disabled"
                    : exception instanceof AccountAuthenticationProvider.CodeRequiredException ? "code"
                    : "bad";
            response.sendRedirect(request.getContextPath() + "/login?error=" + error);
        };
    }
}
