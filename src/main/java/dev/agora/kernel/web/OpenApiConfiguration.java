package dev.agora.kernel.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** API description at /v3/api-docs: info, bearer-token security, and the problem+json error shape. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearerToken";
    static final String PROBLEM = "Problem";

    @Bean
    OpenAPI agoraOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Agora API")
                        .version("v1")
                        .description("The REST API of the Agora marketplace. Authenticate with a personal API token "
                                + "(Authorization: Bearer agora_pat_...). Errors are RFC 9457 problem+json. "
                                + "See docs/api.md for pagination, ETag/If-Match, Idempotency-Key and rate limits.")
                        .license(new License().name("Open source")))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .description("A personal API token from POST /api/v1/auth/tokens or /me/tokens"))
                        .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** Documents the generic error answers on every operation that does not describe its own. */
    @Bean
    OpenApiCustomizer problemResponses() {
        Map<String, String> generic = Map.of(
                "400", "Invalid input (problem+json with errors[])",
                "401", "Missing or invalid bearer token",
                "403", "Not allowed (e.g. a read-only token on a write)",
                "429", "Rate limit exceeded; see Retry-After",
                "500", "Unexpected error");
        return openApi -> openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation ->
                generic.forEach((status, description) -> {
                    if (operation.getResponses() != null && !operation.getResponses().containsKey(status)) {
                        operation.getResponses().addApiResponse(status, problemResponse(description));
                    }
                })));
    }

    private static ApiResponse problemResponse(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("errors", new io.swagger.v3.oas.models.media.ArraySchema().items(new ObjectSchema()
                        .addProperty("field", new StringSchema())
                        .addProperty("code", new StringSchema())
                        .addProperty("message", new StringSchema())));
    }
}
