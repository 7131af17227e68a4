package nl.gesprekswijzer.service.rest;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Validates JSON documents against the schemas of an OpenAPI 3.1 description, with networknt's
 * JSON Schema validator in the OpenAPI 3.1 dialect (JSON Schema 2020-12), formats asserted: a
 * {@code date} must be a day of the calendar.
 */
final class OpenApiSchemas {

  /** Where the description is registered; nothing is fetched from it. */
  private static final String LOCATION = "https://gesprekswijzer.invalid/v3/api-docs";

  private final SchemaRegistry registry;

  OpenApiSchemas(String openApiDocument) {
    this.registry =
        SchemaRegistry.withDefaultDialect(
            Dialects.getOpenApi31(),
            builder ->
                builder
                    .schemas(Map.of(LOCATION, openApiDocument))
                    .schemaRegistryConfig(
                        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
  }

  /** Every violation of {@code #/components/schemas/<name>}, as "location: message"; none when valid. */
  List<String> violations(String name, JsonNode document) {
    return violationsOf("#/components/schemas/" + name, document);
  }

  /** Every violation of the schema at a JSON pointer into the description. */
  List<String> violationsOf(String pointer, JsonNode document) {
    Schema schema = registry.getSchema(SchemaLocation.of(LOCATION + pointer));
    return schema.validate(document).stream().map(Error::toString).toList();
  }
}
