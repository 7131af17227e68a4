package nl.gesprekswijzer.service.rest;

import static org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AdvisoryEngine;
import nl.gesprekswijzer.service.security.CurrentTenant;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/advice}. Deliberately without {@code @Valid}: the engine validates every
 * request itself, so Java callers and HTTP callers get the same checks and the same field names.
 * The advice is for the caller's tenant (its own CAO figures, where the platform has a {@code
 * CaoCatalog}); each advice given is passed on to the {@link AdviceListeners} before it is answered.
 * {@code Accept-Language} is applied to the request as it is read ({@link AdviceRequestBodyAdvice}).
 */
@RestController
@Tag(name = "Advice")
class AdviceController {

  private final AdvisoryEngine engine;
  private final AdviceListeners listeners;
  private final CurrentTenant tenant;

  AdviceController(AdvisoryEngine engine, AdviceListeners listeners, CurrentTenant tenant) {
    this.engine = engine;
    this.listeners = listeners;
    this.tenant = tenant;
  }

  @Operation(
      operationId = "advise",
      summary = "Advice for one conversation",
      description =
          """
          Explained advice for the conversation with one employee: the agenda with the reason \
          for each topic, solution directions, the entitlements computed for this employee, the \
          sick-leave deadlines, the follow-up, tips for the manager, the employee's checklist, \
          warnings, and every rule that fired. Bad input is refused with a problem document \
          naming each field.""",
      parameters =
          @Parameter(
              in = ParameterIn.HEADER,
              name = HttpHeaders.ACCEPT_LANGUAGE,
              description =
                  "The answer's language when the request has no `language`: `nl` or `en`, by"
                      + " quality value; anything else means `nl`.",
              example = "en-GB,en;q=0.9,nl;q=0.5",
              schema = @Schema(type = "string")),
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = APPLICATION_JSON_VALUE,
                      schema = @Schema(implementation = AdviceRequest.class),
                      examples =
                          @ExampleObject(
                              name = "the contract's example",
                              value = ApiExamples.ADVICE_REQUEST))),
      responses =
          @ApiResponse(
              responseCode = "200",
              description =
                  "The advice. With `Accept: text/calendar` the follow-up talk as an iCalendar event,"
                      + " with `Accept: text/html` the manager's view (see CONTRACT.md, \"Forms of the"
                      + " answer\").",
              content = {
                @Content(
                    mediaType = APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = AdviceResponse.class),
                    examples =
                        @ExampleObject(
                            name = "the answer to the contract's example (shortened)",
                            value = ApiExamples.ADVICE_RESPONSE))
              }))
  @PostMapping(
      path = "/api/v1/advice",
      consumes = APPLICATION_JSON_VALUE,
      produces = APPLICATION_JSON_VALUE)
  AdviceResponse advise(@RequestBody AdviceRequest request) {
    String asking = tenant.id();
    AdviceResponse response = engine.advise(request, asking);
    listeners.adviceGiven(asking, request, response);
    return response;
  }
}
