package de.globallokal.support.security;

import java.time.Clock;
import java.util.Collection;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every {@code /api} call needs a JWT signed by web-ui for this service: reads need any
 * staff role, writes EDITOR, deletes ADMIN; web-ui's sign-up gateway (SIGNUP) only the
 * registration calls; a partner municipality's colleague (PARTNER) only the programme
 * reports of their partnership's projects ({@link PartnerScope}). Health stays open (its
 * details for staff); metrics and API documents need a staff token, or come on the
 * management port where one is set.
 */
@Configuration(proxyBeanMethods = false)
public class ResourceServerSecurity {

    static final String[] OPERATIONS = { "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
            "/asyncapi/**" };

    @Bean
    JwtDecoder jwtDecoder(@Value("${globallokal.jwt.public-key:}") String publicKey,
            @Value("${globallokal.jwt.audience:${spring.application.name}}") String audience, Clock clock) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder
            .withPublicKey(PemKeys.publicKey(publicKey, "globallokal.jwt.public-key (GLOBALLOKAL_JWT_PUBLIC_KEY)"))
            .signatureAlgorithm(SignatureAlgorithm.RS256)
            .build();
        // the default checks expiry only when a token has one: here it must
        decoder.setJwtValidator(
                new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(JwtSettings.ISSUER),
                        new JwtClaimValidator<>(JwtClaimNames.EXP, Objects::nonNull),
                        new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
                                audiences -> audiences != null && audiences.contains(audience))));
        return new VerifiedTokens(decoder, clock);
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, Environment environment) throws Exception {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(JwtSettings.ROLES_CLAIM);
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);

        return http.csrf(csrf -> csrf.disable())
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health/**", "/actuator/health", "/error")
                .permitAll()
                .requestMatchers(ManagementPort.of(environment))
                .permitAll()
                .requestMatchers(OPERATIONS)
                .hasAnyRole("EDITOR", "ADMIN")
                // web-ui's public sign-up gateway holds SIGNUP and nothing else: it can
                // sign up, confirm, claim and cancel
                .requestMatchers(HttpMethod.POST, "/api/events/*/registrations", "/api/registrations/cancel",
                        "/api/registrations/claim", "/api/registrations/confirm", "/api/registrations/lookup")
                .hasAnyRole("SIGNUP", "EDITOR", "ADMIN")
                // a partner municipality's colleague reports on the programme of their
                // partnership's projects; which projects those are, the endpoint checks
                .requestMatchers(HttpMethod.POST, "/api/projects/*/programme/**")
                .hasAnyRole("PARTNER", "EDITOR", "ADMIN")
                .requestMatchers(HttpMethod.PUT, "/api/projects/*/programme/**")
                .hasAnyRole("PARTNER", "EDITOR", "ADMIN")
                .requestMatchers("/api/admin/**")
                .hasRole("ADMIN")
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
