package nl.gesprekswijzer.service.playground;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves {@code /playground} and its script and style sheet from {@code static/}. The service
 * keeps Spring's catch-all static resource handler off ({@code spring.web.resources.add-mappings}),
 * so that any other path stays a 404 problem document; only these three files are served.
 *
 * <p>The page's Content-Security-Policy allows nothing but this origin: no inline script, no
 * external font, style or script, so the page works on a network without internet access and
 * cannot leak a situation typed into it to anyone else.
 */
@RestController
class PlaygroundPage implements WebMvcConfigurer {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:;"
          + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private static final Resource PAGE = new ClassPathResource("static/playground.html");

  @GetMapping(path = "/playground", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<Resource> page() {
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noCache())
        .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        .header("X-Content-Type-Options", "nosniff")
        .body(PAGE);
  }

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry
        .addResourceHandler("/playground.js", "/playground.css")
        .addResourceLocations("classpath:/static/")
        .setCacheControl(CacheControl.noCache());
  }
}
