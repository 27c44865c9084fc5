package de.globallokal.support.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's frame: what the service is, and that every call needs a staff
 * token.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

    @Bean
    OpenAPI openApi(@Value("${spring.application.name}") String name,
            @Value("${globallokal.api.description:}") String description) {
        return new OpenAPI()
            .info(new Info().title("GlobalLokal " + name)
                .version("v1")
                .description(description
                        + " Errors are RFC 9457 problem details with a list of field errors; changes name the version"
                        + " they were made on in If-Match; every change is published as an event."))
            .components(new Components().addSecuritySchemes("staff-token",
                    new SecurityScheme().type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description("POST /api/token on web-ui with staff credentials (HTTP Basic)")))
            .addSecurityItem(new SecurityRequirement().addList("staff-token"));
    }

}
