package nl.gesprekswijzer.service.rest;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code GET /rules}: the rule catalogue page for policy staff, a static page whose script reads
 * {@code /api/v1/rules/catalogue}. This JSON API serves no static files in general ({@code
 * spring.web.resources.add-mappings=false}), so the page's three files are served by name.
 */
@Controller
class RulesPageController {

  private static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");
  private static final MediaType CSS = MediaType.parseMediaType("text/css;charset=UTF-8");
  private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

  /** The page loads only its own script and style sheet and talks only to this service. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self';"
          + " form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  @GetMapping("/rules")
  ResponseEntity<Resource> page() {
    return file("static/rules.html", HTML);
  }

  @GetMapping("/rules.js")
  ResponseEntity<Resource> script() {
    return file("static/rules.js", JAVASCRIPT);
  }

  @GetMapping("/rules.css")
  ResponseEntity<Resource> styles() {
    return file("static/rules.css", CSS);
  }

  private static ResponseEntity<Resource> file(String path, MediaType type) {
    return ResponseEntity.ok()
        .contentType(type)
        // Revalidated at every visit: a new release of the page shows at once.
        .cacheControl(CacheControl.noCache())
        .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        .header("X-Content-Type-Options", "nosniff")
        .body(new ClassPathResource(path));
  }
}
