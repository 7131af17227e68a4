package nl.gesprekswijzer.service.rest;

import static nl.gesprekswijzer.service.ServiceClient.EXAMPLE;
import static nl.gesprekswijzer.service.ServiceClient.contentType;
import static nl.gesprekswijzer.service.ServiceClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.net.http.HttpResponse;
import nl.gesprekswijzer.api.AdvisoryEngine;
import nl.gesprekswijzer.service.ServiceClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import tools.jackson.databind.JsonNode;

/** A failure of our own is a 500 problem that reveals nothing, logged without the request. */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    // Stated, because logging is set up once per JVM: a test that turned the handler's log off
    // (OverloadIntegrationTests) would otherwise leave it off for this one, whichever runs first.
    properties = "logging.level.nl.gesprekswijzer.service.rest.ProblemHandler=ERROR")
@ExtendWith(OutputCaptureExtension.class)
class UnexpectedFailureIntegrationTests {

  @LocalServerPort int port;

  @MockitoBean AdvisoryEngine engine;

  @Test
  void answersAnInternalFailureWithAGeneric500(CapturedOutput output) {
    // Exception messages can quote the request, as a record's toString() does.
    when(engine.advise(any(), any()))
        .thenThrow(new IllegalStateException("Employee[weeklyHours=MARKER_SECRET]"));

    HttpResponse<String> response = new ServiceClient(port).postAdvice(EXAMPLE);

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(contentType(response)).startsWith("application/problem+json");
    JsonNode problem = json(response);
    assertThat(problem.path("type").asString()).isEqualTo("/problems/internal-server-error");
    assertThat(problem.path("detail").asString()).isNotBlank();
    assertThat(response.body()).doesNotContain("MARKER_SECRET", "IllegalStateException", "at nl.");
    assertThat(output.getAll())
        .contains("ERROR", "java.lang.IllegalStateException", "AdviceController.advise")
        .doesNotContain("MARKER_SECRET");
  }
}
