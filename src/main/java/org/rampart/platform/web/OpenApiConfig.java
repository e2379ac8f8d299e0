package org.rampart.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at /v3/api-docs: title, licence, and bearer API tokens. */
@Configuration
class OpenApiConfig {

    @Bean
    OpenAPI rampartOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Rampart API").version("v1")
                        .description("Jurisdictions, units, users, tokens and the audit log of Rampart. Every list is limited "
                                + "to the caller's scope; errors are RFC 9457 problem details. Authenticate with "
                                + "'Authorization: Bearer <token>' (create one under My account or with 'rampart token create').")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes("token",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
