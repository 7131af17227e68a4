package nl.gesprekswijzer.service.rest;

import static org.springframework.http.MediaType.APPLICATION_JSON_VALUE;
import static org.springframework.http.MediaType.TEXT_HTML_VALUE;

import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The other two forms of the one advice resource, {@code POST /api/v1/advice}, chosen by {@code
 * Accept}: {@code text/calendar}, the follow-up talk as an iCalendar event ({@link
 * FollowUpCalendar}), and {@code text/html}, the manager's view ({@link ManagerViewPage}). JSON
 * stays {@link AdviceController}'s, and the default: a client that accepts anything gets JSON.
 * Any other {@code Accept} is answered 406, and a refused request 400, both as problem documents
 * whatever the {@code Accept}, so that the platform can read which field is wrong.
 *
 * <p>Each form asks {@link AdviceController} for the advice, so every advice the service gives
 * takes the same path. The texts are in the request's {@code language}, else in the best of Dutch
 * and English that {@code Accept-Language} asks for, else in Dutch. Neither form is cached or
 * stored anywhere: the calendar event travels inside the page as a {@code data:} link.
 */
@RestController
class AdviceFormsController {

  static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
  static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

  private final AdviceController advice;
  private final Clock clock;

  AdviceFormsController(AdviceController advice) {
    this.advice = advice;
    this.clock = Clock.systemUTC();
  }

  // Documented with the JSON form's operation (AdviceController): one resource, three forms.
  @Operation(hidden = true)
  @PostMapping(
      path = "/api/v1/advice",
      consumes = APPLICATION_JSON_VALUE,
      produces = FollowUpCalendar.MEDIA_TYPE)
  ResponseEntity<String> calendar(
      @RequestBody AdviceRequest request,
      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
    ViewLanguage language = ViewLanguage.of(request, acceptLanguage);
    AdviceResponse answer = advice.advise(ViewLanguage.applyTo(request, acceptLanguage));
    String calendar = calendar(request, answer, language);
    return ResponseEntity.ok()
        .contentType(CALENDAR)
        .cacheControl(CacheControl.noStore())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(FollowUpCalendar.fileName(answer, language))
                .build()
                .toString())
        .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
        .body(calendar);
  }

  @Operation(hidden = true)
  @PostMapping(path = "/api/v1/advice", consumes = APPLICATION_JSON_VALUE, produces = TEXT_HTML_VALUE)
  ResponseEntity<String> managerView(
      @RequestBody AdviceRequest request,
      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
    ViewLanguage language = ViewLanguage.of(request, acceptLanguage);
    AdviceResponse answer = advice.advise(ViewLanguage.applyTo(request, acceptLanguage));
    String page =
        ManagerViewPage.render(
            request.conversation().type(), answer, calendar(request, answer, language), language);
    return ResponseEntity.ok()
        .contentType(HTML)
        .cacheControl(CacheControl.noStore())
        .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
        .header("Content-Security-Policy", ManagerViewPage.CONTENT_SECURITY_POLICY)
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "no-referrer")
        .body(page);
  }

  private String calendar(AdviceRequest request, AdviceResponse answer, ViewLanguage language) {
    // The platform's employee reference keeps two employees' talks planned alike apart in one calendar.
    return FollowUpCalendar.of(
        request.conversation().type(), answer, language, request.employeeRef(), clock.instant());
  }
}
