package de.globallokal.webui.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import de.globallokal.webui.security.ui.LoginView;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
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

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/feeds/**")
            .csrf(csrf -> csrf.disable())
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/api/public/**", "/feeds/**")
                .permitAll()
                .requestMatchers(HttpMethod.POST, "/api/public/v1/events/*/registrations",
                        "/api/public/v1/registrations/*")
                .permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
                        "/v3/api-docs/**")
                .permitAll()
                .requestMatchers(HttpMethod.POST, "/api/token")
                .hasAnyRole("EDITOR", "ADMIN")
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
    SecurityFilterChain vaadinChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(
                auth -> auth.requestMatchers("/styles/**", "/lumo/**", "/images/**", "/maps/**").permitAll());
        // a throttled account is told so (the login page explains the wait); set before
        // Vaadin's defaults, which keep it. The login page is named here too: a form
        // login without one gets Spring's generated page at /login
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?error=throttled"));
        http.formLogin(form -> form.loginPage("/login").failureHandler(failures));
        // staff who open /login themselves land on their overview; a staff page asked for
        // first is kept
        return http
            .with(VaadinSecurityConfigurer.vaadin(),
                    vaadin -> vaadin.loginView(LoginView.class).defaultSuccessUrl("/staff"))
            .build();
    }

}
