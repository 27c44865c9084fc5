package de.globallokal.webui.firstresponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The first response to a public page is the same for everyone and needs no session: no
 * sign-in is read, no CSRF token made, nothing remembered.
 */
@Configuration(proxyBeanMethods = false)
class FirstResponseSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain firstResponseChain(HttpSecurity http, FirstResponseFilter pages) throws Exception {
        return http.securityMatcher(pages::answers)
            .csrf(csrf -> csrf.disable())
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(cache -> cache.disable())
            .securityContext(context -> context.disable())
            .anonymous(anonymous -> anonymous.disable())
            .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
            .build();
    }

}
