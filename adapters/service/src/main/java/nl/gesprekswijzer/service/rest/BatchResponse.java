package nl.gesprekswijzer.service.rest;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import nl.gesprekswijzer.api.AdviceResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ProblemDetail;

/** The answer to a batch: one result per request, in the order of the requests. */
@Schema(description = "One result per request of the batch, in the order of the requests.")
record BatchResponse(
    @ArraySchema(
            arraySchema =
                @Schema(
                    description =
                        "The result of each request, at the request's position in the batch.",
                    requiredMode = Schema.RequiredMode.REQUIRED),
            schema = @Schema(implementation = Result.class))
        List<Result> results) {

  BatchResponse {
    results = List.copyOf(results);
  }

  /** Either the advice for one request of the batch or the problem that kept it from advice. */
  @Schema(
      name = "BatchResult",
      description =
          "Exactly one of advice and problem: the advice a single request would get, or the"
              + " problem document a single request would get, with the item's index.")
  record Result(
      @Schema(description = "The advice, as POST /api/v1/advice answers it.")
          @Nullable AdviceResponse advice,
      @Schema(
              description =
                  "Why this request got no advice: the problem document a single request gets"
                      + " (400 for a request that breaks the contract, 500 for a failure of the"
                      + " service), with `index`, the request's position in the batch from 0.",
              implementation = ProblemDocument.class)
          @Nullable ProblemDetail problem) {

    static Result of(AdviceResponse advice) {
      return new Result(advice, null);
    }

    static Result of(ProblemDetail problem) {
      return new Result(null, problem);
    }
  }
}
