package nl.gesprekswijzer.service.rest;

import static org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import nl.gesprekswijzer.api.AdviceRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/advice/batch}: up to {@value #MAX_ITEMS} requests in one call, for a platform
 * that prepares the talks of a whole department at once. The body is read here rather than by
 * Spring's message converter: items are read one by one so that one unreadable item gets its own
 * problem instead of failing the batch ({@link BatchReader}), within a body limit of the batch's
 * own ({@code gesprekswijzer.limits.max-batch-body-size}).
 */
@RestController
@Tag(name = "Advice")
class BatchAdviceController {

  static final String PATH = "/api/v1/advice/batch";

  /** The most requests one batch may hold. */
  static final int MAX_ITEMS = 1000;

  private final BatchReader reader;
  private final BatchEvaluation evaluation;

  BatchAdviceController(BatchReader reader, BatchEvaluation evaluation) {
    this.reader = reader;
    this.evaluation = evaluation;
  }

  @Operation(
      operationId = "adviseBatch",
      summary = "Advice for up to 1,000 situations in one call",
      description =
          """
          A JSON array of advice requests, each as `POST /api/v1/advice` takes it, answered with \
          `{"results": [...]}` in the same order: each result holds either `advice`, the answer a \
          single request gets, or `problem`, the problem document a single request gets, with \
          `index`, the request's position from 0. One bad request never fails the others.

          `Accept-Language` applies to every request without a `language`. The batch as a whole \
          is refused only when it is not a JSON array (400), holds more than 1,000 requests or is \
          larger than the batch's body limit, 4 MB by default (413), or the service is at its \
          capacity (503). The requests are evaluated within the service's concurrency limit: a \
          batch never takes more than half of it.""",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              description = "The requests, at most 1,000.",
              content =
                  @Content(
                      mediaType = APPLICATION_JSON_VALUE,
                      array =
                          @ArraySchema(
                              schema = @Schema(implementation = AdviceRequest.class),
                              maxItems = MAX_ITEMS),
                      examples =
                          @ExampleObject(
                              name = "two requests, the second refused",
                              value = ApiExamples.BATCH_REQUEST))),
      responses =
          @ApiResponse(
              responseCode = "200",
              description = "One result per request, in the order of the requests.",
              content =
                  @Content(
                      mediaType = APPLICATION_JSON_VALUE,
                      schema = @Schema(implementation = BatchResponse.class),
                      examples =
                          @ExampleObject(
                              name = "advice and a problem",
                              value = ApiExamples.BATCH_RESPONSE))))
  @PostMapping(path = PATH, consumes = APPLICATION_JSON_VALUE, produces = APPLICATION_JSON_VALUE)
  BatchResponse advise(
      HttpServletRequest request,
      @Parameter(
              description =
                  "The answer's language for every request without a `language`: `nl` or `en`,"
                      + " by quality value; anything else means `nl`.",
              example = "en-GB,en;q=0.9,nl;q=0.5")
          @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false)
          @Nullable String acceptLanguage)
      throws IOException {
    return new BatchResponse(evaluation.evaluate(reader.read(request.getInputStream(), acceptLanguage)));
  }
}
