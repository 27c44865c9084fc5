package de.globallokal.webui.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import de.globallokal.support.security.ManagementPort;
import de.globallokal.webui.security.ui.LoginView;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

/**
 * Two chains: a stateless one for the JSON APIs (public open data, the token endpoint
 * with HTTP Basic) and Vaadin's for the pages, where every view carries its own access
 * annotation.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The one way staff sign in, named on both chains: a provider found elsewhere (one
     * built from the UserDetailsService) would let a right password past the throttle.
     */
    @Bean
    AuthenticationManager staffAuthentication(StaffAccounts accounts, PasswordEncoder encoder, LoginThrottle throttle,
            ClientAddresses clients) {
        return new ProviderManager(new ThrottledAuthentication(accounts, encoder, throttle, clients));
    }

    /**
     * The calendar for other sites' iframes: no session, any site may frame it (and no
     * other page), nothing but its own inline style.
     */
    @Bean
    @Order(0)
    SecurityFilterChain embedChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/einbetten/**")
            .csrf(csrf -> csrf.disable())
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(cache -> cache.disable())
            .authorizeHttpRequests(
                    auth -> auth.requestMatchers(HttpMethod.GET, "/einbetten/**").permitAll().anyRequest().denyAll())
            .headers(headers -> headers.frameOptions(frame -> frame.disable())
                .contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors *; base-uri 'none'; form-action 'none'")))
            .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, Environment environment, AuthenticationManager staff)
            throws Exception {
        return http.authenticationManager(staff)
            .securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/feeds/**", "/dateien/**", "/robots.txt",
                    "/sitemap.xml")
            .csrf(csrf -> csrf.disable())
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .authorizeHttpRequests(auth -> auth
                .requestMatchers(HttpMethod.GET, "/api/public/**", "/feeds/**", "/dateien/*", "/robots.txt",
                        "/sitemap.xml")
                .permitAll()
                .requestMatchers(HttpMethod.POST, "/api/public/v1/events/*/registrations",
                        "/api/public/v1/registrations/*")
                .permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                .requestMatchers(ManagementPort.of(environment))
                .permitAll()
                // metrics and the API document: staff credentials, or the
                // management port
                .requestMatchers("/actuator/**", "/v3/api-docs/**")
                .hasAnyRole("EDITOR", "ADMIN")
                .requestMatchers(HttpMethod.POST, "/api/token")
                .hasAnyRole("EDITOR", "ADMIN", "PARTNER")
                .requestMatchers("/api/admin/**")
                .hasRole("ADMIN")
                .anyRequest()
                .denyAll())
            .httpBasic(basic -> basic.authenticationEntryPoint(ApiProblemResponses.unauthorized()))
            .exceptionHandling(e -> e.authenticationEntryPoint(ApiProblemResponses.unauthorized())
                .accessDeniedHandler(ApiProblemResponses.forbidden()))
            .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain vaadinChain(HttpSecurity http, StaffAccounts accounts, AuthenticationManager staff)
            throws Exception {
        http.authenticationManager(staff).addFilterBefore(new StaffSessions(accounts), AuthorizationFilter.class);
        http.authorizeHttpRequests(
                auth -> auth.requestMatchers("/styles/**", "/lumo/**", "/images/**", "/maps/**").permitAll());
        // a delayed sign-in is told so (the login page explains the wait); set before
        // Vaadin's defaults, which keep it. The login page is named here too: a form
        // login without one gets Spring's generated page at /login
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(SignInDelayedException.class.getName(), "/login?error=throttled"));
        http.formLogin(form -> form.loginPage("/login").failureHandler(failures));
        // staff who open /login themselves land on their overview; a staff page asked for
        // first is kept
        return http
            .with(VaadinSecurityConfigurer.vaadin(),
                    vaadin -> vaadin.loginView(LoginView.class).defaultSuccessUrl("/staff"))
            .build();
    }

}
