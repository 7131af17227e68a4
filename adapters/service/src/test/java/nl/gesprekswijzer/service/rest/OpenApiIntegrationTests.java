package nl.gesprekswijzer.service.rest;

import static nl.gesprekswijzer.service.ServiceClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gesprekswijzer.service.ServiceClient;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI description the service generates agrees with the contract: the contract's example
 * request and response validate against its schemas, broken ones do not, and so do the service's
 * real answers and the description's own examples.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiIntegrationTests {

  /** Harmless before the service requires a credential; needed after. */
  static final String DEV_KEY = "gesprekswijzer-dev";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;

  private ServiceClient client;
  private JsonNode document;
  private OpenApiSchemas schemas;

  @BeforeAll
  void readTheDescription() {
    client = new ServiceClient(port);
    HttpResponse<String> response = get("/v3/api-docs");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    document = json(response);
    schemas = new OpenApiSchemas(response.body());
  }

  @Test
  void describesTheAdviceOperationsInOpenApi31() {
    assertThat(document.path("openapi").asString()).startsWith("3.1");
    JsonNode advice = document.at("/paths/~1api~1v1~1advice/post");
    JsonNode batch = document.at("/paths/~1api~1v1~1advice~1batch/post");

    assertThat(advice.at("/requestBody/content/application~1json/schema/$ref").asString())
        .isEqualTo("#/components/schemas/AdviceRequest");
    assertThat(advice.at("/responses/200/content/application~1json/schema/$ref").asString())
        .isEqualTo("#/components/schemas/AdviceResponse");
    assertThat(batch.at("/requestBody/content/application~1json/schema/maxItems").asInt())
        .isEqualTo(1000);
    for (JsonNode operation : List.of(advice, batch)) {
      assertThat(operation.path("responses").propertyNames())
          .contains("200", "400", "401", "403", "413", "415", "429", "500", "503");
    }
    JsonNode invalid = document.at("/components/responses/InvalidRequest/content");
    assertThat(invalid.propertyNames()).containsExactly("application/problem+json");
    assertThat(document.at("/components/responses/Overloaded/headers/Retry-After").isObject()).isTrue();
    assertThat(document.at("/components/securitySchemes/apiKey/name").asString()).isEqualTo("X-API-Key");
    assertThat(document.at("/paths/~1api~1v1~1ping/get/security").isEmpty()).isTrue();
  }

  @Test
  void describesEveryFieldOfTheContract() {
    List<String> undocumented = new ArrayList<>();
    for (String name :
        List.of(
            "AdviceRequest", "Conversation", "Employee", "Employer", "Caregiving", "Sickness",
            "AdviceResponse", "AgendaItem", "Solution", "Entitlement", "Deadline", "FollowUp",
            "ManagerTip", "PreparationItem", "Warning", "Explanation")) {
      JsonNode schema = document.at("/components/schemas/" + name);
      if (schema.path("description").asString().isBlank()) {
        undocumented.add(name);
      }
      schema
          .path("properties")
          .properties()
          .forEach(
              property -> {
                if (property.getValue().path("description").asString().isBlank()) {
                  undocumented.add(name + "." + property.getKey());
                }
              });
    }
    assertThat(undocumented).isEmpty();
  }

  @Test
  void acceptsTheContractsExampleRequest() {
    assertThat(schemas.violations("AdviceRequest", resource("contract/example-request.json")))
        .isEmpty();
  }

  @Test
  void acceptsTheContractsExampleResponse() {
    assertThat(schemas.violations("AdviceResponse", resource("contract/example-response.json")))
        .isEmpty();
  }

  @Test
  void refusesBrokenExampleRequests() {
    Map<String, String> broken =
        Map.of(
            "a field for a diagnosis", "/diagnosis=\"flu\"",
            "an unknown conversation type", "/conversation/type=\"COFFEE\"",
            "no employee", "/employee=-",
            "a child without an age", "/caregiving/0/childAge=-",
            "a language that only contains nl", "/language=\"xnlx\"",
            "a day not on the calendar", "/employee/employedSince=\"2026-02-30\"",
            "no hours", "/employee/weeklyHours=0",
            "hours as text", "/caregiving/0/hoursPerWeek=\"14\"");
    broken.forEach(
        (what, change) ->
            assertThat(
                    schemas.violations(
                        "AdviceRequest", changed(resource("contract/example-request.json"), change)))
                .as(what)
                .isNotEmpty());
  }

  @Test
  void refusesBrokenExampleResponses() {
    Map<String, String> broken =
        Map.of(
            "no follow-up", "/followUp=-",
            "a priority as text", "/agenda/0/priority=\"1\"",
            "an entitlement without a source", "/entitlements/0/source=-",
            "an unknown source", "/entitlements/0/source=\"RUMOUR\"",
            "a due date that is no date", "/deadlines/0/dueDate=\"soon\"",
            "no explanation", "/explanation=-");
    broken.forEach(
        (what, change) ->
            assertThat(
                    schemas.violations(
                        "AdviceResponse", changed(resource("contract/example-response.json"), change)))
                .as(what)
                .isNotEmpty());
  }

  /** The copies this test validates are the contract's own, where the contract is at hand. */
  @Test
  void validatesTheExamplesOfTheSharedContract() throws IOException {
    Path contract = sharedContract();
    Assumptions.assumeTrue(contract != null, "shared/contract/README.md is not beside the repository");
    List<JsonNode> blocks = new ArrayList<>();
    Matcher json = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(contract));
    while (json.find()) {
      blocks.add(JSON.readTree(json.group(1)));
    }
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(2);
    assertThat(blocks.get(0)).isEqualTo(resource("contract/example-request.json"));
    assertThat(blocks.get(1)).isEqualTo(resource("contract/example-response.json"));
  }

  @Test
  void realAnswersMatchTheSchemas() {
    HttpResponse<String> advice = post("/api/v1/advice", ApiExamples.ADVICE_REQUEST);
    HttpResponse<String> full =
        post("/api/v1/advice", ApiExamples.ADVICE_REQUEST.replace("\"language\": \"nl\",", "\"detail\": \"FULL\","));
    HttpResponse<String> refused =
        post("/api/v1/advice", ApiExamples.ADVICE_REQUEST.replace("\"size\": 240", "\"size\": 0"));
    HttpResponse<String> batch = post(BatchAdviceController.PATH, ApiExamples.BATCH_REQUEST);

    assertThat(advice.statusCode()).isEqualTo(200);
    assertThat(schemas.violations("AdviceResponse", json(advice))).isEmpty();
    assertThat(full.statusCode()).isEqualTo(200);
    assertThat(schemas.violations("AdviceResponse", json(full))).isEmpty();
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(schemas.violations("Problem", json(refused))).isEmpty();
    assertThat(batch.statusCode()).isEqualTo(200);
    assertThat(schemas.violations("BatchResponse", json(batch))).isEmpty();
    assertThat(json(batch).at("/results/1"))
        .as("the refusal the description shows as its example")
        .isEqualTo(JSON.readTree(ApiExamples.BATCH_RESPONSE).at("/results/1"));
  }

  @Test
  void everyExampleInTheDescriptionMatchesItsSchema() {
    List<String> checked = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    document
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        operation -> {
                          String pointer =
                              "/paths/" + escape(path.getKey()) + "/" + operation.getKey();
                          checkExamples(pointer + "/requestBody", checked, failures);
                          operation
                              .getValue()
                              .path("responses")
                              .properties()
                              .forEach(
                                  response ->
                                      checkExamples(
                                          pointer + "/responses/" + response.getKey(),
                                          checked,
                                          failures));
                        }));
    document
        .at("/components/responses")
        .properties()
        .forEach(
            response ->
                checkExamples("/components/responses/" + response.getKey(), checked, failures));

    assertThat(failures).isEmpty();
    assertThat(checked)
        .as("examples checked")
        .anyMatch(example -> example.contains("advice~1batch/post/requestBody"))
        .anyMatch(example -> example.contains("~1api~1v1~1advice/post/responses/200"))
        .anyMatch(example -> example.contains("InvalidRequest"));
  }

  @Test
  void servesSwaggerUi() {
    HttpResponse<String> redirect = get("/swagger-ui.html");
    HttpResponse<String> page = get("/swagger-ui/index.html");

    assertThat(redirect.statusCode()).isEqualTo(302);
    assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/swagger-ui/index.html"));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Swagger UI");
  }

  private void checkExamples(String pointer, List<String> checked, List<String> failures) {
    document
        .at(pointer + "/content")
        .properties()
        .forEach(
            media -> {
              String mediaPointer = pointer + "/content/" + escape(media.getKey());
              media
                  .getValue()
                  .path("examples")
                  .properties()
                  .forEach(
                      example -> {
                        String where = mediaPointer + "/examples/" + example.getKey();
                        checked.add(where);
                        List<String> violations =
                            schemas.violationsOf("#" + mediaPointer + "/schema", example.getValue().path("value"));
                        if (!violations.isEmpty()) {
                          failures.add(where + ": " + violations);
                        }
                      });
            });
  }

  /** A copy of {@code document} with one change: {@code /pointer=json}, or {@code /pointer=-} to remove. */
  static JsonNode changed(JsonNode document, String change) {
    JsonNode copy = document.deepCopy();
    int equals = change.indexOf('=');
    String pointer = change.substring(0, equals);
    String value = change.substring(equals + 1);
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = copy.at(pointer.substring(0, slash));
    String name = pointer.substring(slash + 1);
    if (parent instanceof ObjectNode object) {
      if (value.equals("-")) {
        assertThat(object.remove(name)).as(pointer).isNotNull();
      } else {
        object.set(name, JSON.readTree(value));
      }
    } else {
      throw new IllegalArgumentException(pointer + " is not in an object");
    }
    return copy;
  }

  static JsonNode resource(String name) {
    try (InputStream in = OpenApiIntegrationTests.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code shared/contract/README.md} beside the repository this module is in, if it is there. */
  private static Path sharedContract() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path contract = dir.resolve("shared/contract/README.md");
      if (Files.isRegularFile(contract)) {
        return contract;
      }
    }
    return null;
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  private HttpResponse<String> get(String path) {
    return client.send(HttpRequest.newBuilder(client.uri(path)).header("X-API-Key", DEV_KEY).GET());
  }

  private HttpResponse<String> post(String path, String body) {
    return client.send(
        HttpRequest.newBuilder(client.uri(path))
            .header("X-API-Key", DEV_KEY)
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(body)));
  }
}
