package nl.gesprekswijzer.service.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page a browser gets instead of a page it may not see yet ({@code /rules}, {@code
 * /playground}, Swagger UI): it asks for an API key once, keeps it in a cookie for the browser
 * session (the pages send it in {@code X-API-Key} with every call they make), and loads the page
 * again. On this machine, while the development key serves, it uses that key without asking.
 * Shown with the refusal's status (401 or 403), never as a redirect.
 */
@Controller
class SignInPage {

  static final String SCRIPT = "/sign-in.js";
  static final String STYLES = "/sign-in.css";

  /** Like the other pages: only its own script and style sheet, and never inside a frame. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self';"
          + " form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");
  private static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");
  private static final MediaType CSS = MediaType.parseMediaType("text/css;charset=UTF-8");

  private final Map<Refusal, byte[]> pages = new EnumMap<>(Refusal.class);

  SignInPage() {
    String template = read(new ClassPathResource("static/sign-in.html"));
    for (Refusal refusal : Refusal.values()) {
      pages.put(
          refusal,
          template
              .replace("data-reason=\"\"", "data-reason=\"" + refusal.id() + "\"")
              .getBytes(StandardCharsets.UTF_8));
    }
  }

  void write(HttpServletResponse response, Refusal refusal) throws IOException {
    response.setContentType(HTML.toString());
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.getOutputStream().write(pages.get(refusal));
  }

  @GetMapping(SCRIPT)
  ResponseEntity<Resource> script() {
    return file("static/sign-in.js", JAVASCRIPT);
  }

  @GetMapping(STYLES)
  ResponseEntity<Resource> styles() {
    return file("static/sign-in.css", CSS);
  }

  private static ResponseEntity<Resource> file(String path, MediaType type) {
    return ResponseEntity.ok()
        .contentType(type)
        .cacheControl(CacheControl.noCache())
        .header("X-Content-Type-Options", "nosniff")
        .body(new ClassPathResource(path));
  }

  private static String read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("The sign-in page is missing from the jar", e);
    }
  }
}
