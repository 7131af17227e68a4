package nl.gesprekswijzer.service.rest;

import static org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.gesprekswijzer.api.Violation;
import nl.gesprekswijzer.engine.catalogue.RuleCatalogue;
import nl.gesprekswijzer.engine.text.TextCatalog;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/rules/catalogue?date=2026-11-23&language=nl}: every rule of the active rule
 * set in plain language, with the parameters it reads on the date and the scenarios it fires in
 * (see {@link RuleCatalogue}); the rules page ({@code /rules}) shows it.
 */
@RestController
class RuleCatalogueController {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  private final RuleCatalogues catalogues;

  RuleCatalogueController(RuleCatalogues catalogues) {
    this.catalogues = catalogues;
  }

  /**
   * @param date the date whose figures to show, {@code YYYY-MM-DD}; today in Europe/Amsterdam when
   *     absent
   * @param language {@code nl} (the default) or {@code en}
   */
  @GetMapping(path = "/api/v1/rules/catalogue", produces = APPLICATION_JSON_VALUE)
  RuleCatalogue catalogue(
      @RequestParam(required = false) @Nullable String date,
      @RequestParam(required = false) @Nullable String language) {
    return catalogues.of(date(date), language(language));
  }

  private static LocalDate date(@Nullable String date) {
    if (date == null || date.isBlank()) {
      return LocalDate.now(AMSTERDAM);
    }
    try {
      return LocalDate.parse(date.strip());
    } catch (DateTimeParseException e) {
      throw invalid(new Violation("date", "must be a date on the calendar written as YYYY-MM-DD, e.g. 2026-11-23"));
    }
  }

  private static String language(@Nullable String language) {
    if (language == null || language.isBlank()) {
      return "nl";
    }
    if (!TextCatalog.LANGUAGES.contains(language.strip())) {
      throw invalid(new Violation("language", "must be one of " + String.join(", ", TextCatalog.LANGUAGES)));
    }
    return language.strip();
  }

  /** 400 as every other refusal of this API: a problem document whose {@code errors} name the parameter. */
  private static ErrorResponseException invalid(Violation violation) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, "The catalogue cannot be shown: " + violation.field() + " " + violation.problem() + ".");
    problem.setType(Problems.INVALID_REQUEST);
    problem.setTitle("Invalid catalogue request");
    problem.setProperty("errors", List.of(violation));
    return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
  }
}
