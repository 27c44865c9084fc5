package de.globallokal.support.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every {@code /api} call needs a JWT signed by web-ui; reads need any staff role, writes
 * EDITOR, deletes ADMIN; web-ui's sign-up gateway (SIGNUP) only the registration calls.
 * Health and API docs stay open.
 */
@Configuration(proxyBeanMethods = false)
public class ResourceServerSecurity {

    @Bean
    JwtDecoder jwtDecoder(@Value("${globallokal.jwt.secret:}") String secret) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(JwtSettings.key(secret))
            .macAlgorithm(MacAlgorithm.HS256)
            .build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(JwtSettings.ISSUER));
        return decoder;
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(JwtSettings.ROLES_CLAIM);
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);

        return http.csrf(csrf -> csrf.disable())
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info", "/actuator/prometheus",
                        "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/asyncapi/**", "/error")
                .permitAll()
                // web-ui's public sign-up gateway holds SIGNUP and nothing else: it can
                // sign up, claim and cancel
                .requestMatchers(HttpMethod.POST, "/api/events/*/registrations", "/api/registrations/cancel",
                        "/api/registrations/claim", "/api/registrations/lookup")
                .hasAnyRole("SIGNUP", "EDITOR", "ADMIN")
                .requestMatchers(HttpMethod.GET, "/api/**")
                .hasAnyRole("EDITOR", "ADMIN")
                .requestMatchers(HttpMethod.DELETE, "/api/**")
                .hasRole("ADMIN")
                .requestMatchers("/api/**")
                .hasAnyRole("EDITOR", "ADMIN")
                .anyRequest()
                .denyAll())
            .oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.jwtAuthenticationConverter(converter)))
            .build();
    }

}
