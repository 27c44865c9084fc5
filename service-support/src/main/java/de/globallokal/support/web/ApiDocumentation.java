package de.globallokal.support.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

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

    /**
     * The AsyncAPI document of the change events, as YAML (its schemas beside it are
     * served as the static resources of core's jar). A member of this configuration, so
     * importing ApiDocumentation registers it.
     */
    @RestController
    static class AsyncApiDocument {

        @GetMapping(value = "/asyncapi/globallokal.asyncapi.yaml", produces = "application/yaml")
        Resource document() {
            return new ClassPathResource("META-INF/resources/asyncapi/globallokal.asyncapi.yaml");
        }

    }

}
