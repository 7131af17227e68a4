package nl.gesprekswijzer.service.rest;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3.1 description at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}):
 * springdoc generates it from the controllers and the records they take and give, with their
 * types, formats, enums and Jakarta Validation constraints; {@link ContractSchemas} adds what the
 * records of {@code plugin-api} cannot carry (that artifact depends on no documentation library):
 * the contract's descriptions, which answer fields are always present, the refusal of unknown
 * fields. This class adds the problem responses every operation shares and the credentials.
 *
 * <p>springdoc builds the document at its first request, not at start-up
 * ({@code springdoc.pre-loading-enabled} stays false), so the service starts as fast as before.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocumentation {

  static final String PROBLEM_JSON = "application/problem+json";
  static final String API_KEY = "apiKey";
  static final String BEARER = "bearer";

  /**
   * springdoc's beans wait for the first request of the description or of Swagger UI: created at
   * start-up they cost every start a few hundred classes and most of a second of CPU, for a
   * document a developer reads now and then. (Beans another bean needs at start-up, such as its
   * Swagger UI resource configuration, are still created then.)
   */
  @Bean
  static BeanFactoryPostProcessor springdocOnFirstUse() {
    return beanFactory -> {
      for (String name : beanFactory.getBeanDefinitionNames()) {
        BeanDefinition definition = beanFactory.getBeanDefinition(name);
        if (isSpringdoc(definition)) {
          definition.setLazyInit(true);
        }
      }
    };
  }

  private static boolean isSpringdoc(BeanDefinition definition) {
    String declaredBy =
        definition instanceof AnnotatedBeanDefinition annotated
                && annotated.getFactoryMethodMetadata() != null
            ? annotated.getFactoryMethodMetadata().getDeclaringClassName()
            : definition.getBeanClassName();
    return declaredBy != null
        && (declaredBy.startsWith("org.springdoc.")
            || declaredBy.equals(OpenApiDocumentation.class.getName()));
  }

  @Bean
  OpenAPI gesprekswijzerOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Gesprekswijzer")
                .version("v1")
                .description(
                    """
                    Explained advice for the conversations of Dutch HR: work and informal care \
                    (mantelzorg), sick leave and re-integration, wellbeing and career talks. One \
                    document in (an employee's situation, without any health detail), one \
                    document out (agenda, solutions, entitlements, deadlines, follow-up, tips, \
                    and why each rule fired). The request and response follow the advice \
                    contract; optional additions are listed in CONTRACT.md.

                    Every endpoint but `GET /api/v1/ping` and health needs a credential: an API \
                    key in `X-API-Key` or an OAuth2 bearer token. Asking for advice needs the \
                    role `advice`, the rules endpoints `rules-admin`.""")
                .license(new License().name("Proprietary")))
        .addTagsItem(new Tag().name("Advice").description("Advice for one situation or a batch"))
        .addTagsItem(
            new Tag().name("Rules").description("The rule set in service and its catalogue"))
        .addTagsItem(new Tag().name("Health").description("Liveness, without a credential"))
        .components(
            new Components()
                .addSecuritySchemes(
                    API_KEY,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER)
                        .name("X-API-Key")
                        .description(
                            "A platform's API key. While no key and no issuer is configured, the"
                                + " development key `gesprekswijzer-dev` works from the same"
                                + " machine."))
                .addSecuritySchemes(
                    BEARER,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description("An OAuth2 access token (JWT) of the configured issuer.")))
        .addSecurityItem(new SecurityRequirement().addList(API_KEY))
        .addSecurityItem(new SecurityRequirement().addList(BEARER));
  }

  @Bean
  OpenApiCustomizer gesprekswijzerOpenApiCustomizer() {
    return openApi -> {
      ContractSchemas.apply(openApi.getComponents().getSchemas());
      addProblemSchemas(openApi.getComponents());
      addProblemResponses(openApi.getComponents());
      openApi.getPaths().forEach(OpenApiDocumentation::document);
    };
  }

  /** The problem document and the violations it lists, generated from {@link ProblemDocument}. */
  private static void addProblemSchemas(Components components) {
    ResolvedSchema problem =
        ModelConverters.getInstance(true)
            .readAllAsResolvedSchema(new AnnotatedType(ProblemDocument.class).resolveAsRef(true));
    problem.referencedSchemas.forEach(
        (name, schema) -> {
          if (components.getSchemas() == null || !components.getSchemas().containsKey(name)) {
            components.addSchemas(name, schema);
          }
        });
    ContractSchemas.apply(components.getSchemas());
  }

  private static void addProblemResponses(Components components) {
    components
        .addResponses(
            "InvalidRequest",
            problem(
                "The request breaks the contract, or is not JSON: `errors` names each offending"
                    + " field and says what is wrong, never repeating the value.",
                ApiExamples.INVALID_REQUEST_PROBLEM))
        .addResponses(
            "Unauthenticated",
            problem(
                "No credential, or one the service does not know: send an API key in `X-API-Key`"
                    + " or a bearer token.",
                null))
        .addResponses(
            "Forbidden",
            problem(
                "The credential's roles do not allow this: advice needs the role `advice`, the"
                    + " rules endpoints need `rules-admin`.",
                null))
        .addResponses(
            "ContentTooLarge",
            problem(
                "The body is larger than the limit (64 KB for one request, 4 MB for a batch:"
                    + " `gesprekswijzer.limits.max-body-size`, `max-batch-body-size`), or a batch"
                    + " holds more than 1,000 requests (`maxItems` names the limit).",
                null))
        .addResponses(
            "UnsupportedMediaType",
            problem("The body is not sent as `application/json`.", null))
        .addResponses(
            "TooManyRequests",
            withRetryAfter(
                problem(
                    "Not sent by the service itself: a gateway in front of it may limit a"
                        + " platform's rate so. Retry after the seconds in `Retry-After`.",
                    null)))
        .addResponses(
            "Overloaded",
            withRetryAfter(
                problem(
                    "The service is at its capacity (`gesprekswijzer.limits.max-concurrent-advice`"
                        + " requests at once) and refused the request at once instead of queueing"
                        + " it. Retry after the seconds in `Retry-After`.",
                    null)))
        .addResponses(
            "ServerError",
            problem(
                "The service failed. The problem says nothing about the request; the log has the"
                    + " time and the stack trace, never the request.",
                null));
  }

  private static ApiResponse problem(String description, @Nullable String example) {
    MediaType media = new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"));
    if (example != null) {
      media.addExamples("example", new Example().value(ContractSchemas.json(example)));
    }
    return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON, media));
  }

  private static ApiResponse withRetryAfter(ApiResponse response) {
    return response.addHeaderObject(
        "Retry-After",
        new Header()
            .description("Seconds to wait before retrying")
            .schema(new Schema<Integer>().type("integer").minimum(BigDecimal.ZERO)));
  }

  /** Tags by path, and the problem responses each kind of operation can give. */
  private static void document(String path, PathItem item) {
    for (Operation operation : item.readOperations()) {
      ApiResponses responses = operation.getResponses();
      if (path.startsWith("/api/v1/advice")) {
        operation.setTags(List.of("Advice"));
        add(responses, "400", "InvalidRequest");
        add(responses, "401", "Unauthenticated");
        add(responses, "403", "Forbidden");
        add(responses, "413", "ContentTooLarge");
        add(responses, "415", "UnsupportedMediaType");
        add(responses, "429", "TooManyRequests");
        add(responses, "500", "ServerError");
        add(responses, "503", "Overloaded");
      } else if (path.startsWith("/api/v1/rules")) {
        operation.setTags(List.of("Rules"));
        add(responses, "401", "Unauthenticated");
        add(responses, "403", "Forbidden");
        add(responses, "500", "ServerError");
      } else if (path.equals("/api/v1/ping")) {
        operation.setTags(List.of("Health"));
        operation.setSecurity(new ArrayList<>()); // open: no credential needed
      }
    }
  }

  private static void add(ApiResponses responses, String status, String name) {
    responses.putIfAbsent(status, new ApiResponse().$ref("#/components/responses/" + name));
  }
}
