package nl.gesprekswijzer.service.rest;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.util.List;
import nl.gesprekswijzer.api.Violation;
import org.jspecify.annotations.Nullable;

/**
 * The shape of this API's problem documents (RFC 9457), for the OpenAPI description only: the
 * service writes Spring's {@code ProblemDetail} ({@link Problems}), whose members this record
 * names. The OpenAPI test checks real problem responses against it.
 */
@Schema(
    name = "Problem",
    description =
        "An RFC 9457 problem document (media type application/problem+json). Bad input is refused"
            + " with 400 and `errors` naming each offending field.")
record ProblemDocument(
    @Schema(
            description =
                "What kind of problem: `/problems/invalid-request` for input that breaks the"
                    + " contract, otherwise `/problems/` and the status's reason in kebab-case"
                    + " (`/problems/content-too-large`, `/problems/service-unavailable`, ...).",
            format = "uri-reference",
            example = "/problems/invalid-request",
            requiredMode = Schema.RequiredMode.REQUIRED)
        URI type,
    @Schema(description = "A short summary of the kind of problem.", example = "Invalid advice request")
        String title,
    @Schema(
            description = "The HTTP status code.",
            example = "400",
            requiredMode = Schema.RequiredMode.REQUIRED)
        int status,
    @Schema(
            description = "What went wrong, in English, for the developer of the integration.",
            example =
                "The request breaks the advice contract: employee.weeklyHours: must be more than 0.")
        String detail,
    @Schema(
            description = "The path of the request that had the problem.",
            format = "uri-reference",
            example = "/api/v1/advice")
        @Nullable URI instance,
    @ArraySchema(
            arraySchema =
                @Schema(
                    description =
                        "For invalid input (400): every offending field, by its path in the"
                            + " request as it is written in JSON. Never repeats the refused value."))
        @Nullable List<Violation> errors,
    @Schema(
            description = "In a batch result only: the position of the request in the batch, from 0.",
            minimum = "0",
            maximum = "999",
            example = "3")
        @Nullable Integer index,
    @Schema(
            description =
                "For a batch with too many requests (413) only: the most requests a batch may hold.",
            example = "1000")
        @Nullable Integer maxItems) {}
