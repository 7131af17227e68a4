package nl.gesprekswijzer.service.rest;

import static nl.gesprekswijzer.service.rest.ServiceClient.exampleWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A request may contain health data, so nothing of it may reach the log: not from our code and not
 * from Spring's exception resolvers, whose messages quote Jackson's, which quote the value.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class LogPrivacyIntegrationTests {

  @LocalServerPort int port;

  @Test
  void logsNothingOfARequestThatJacksonRefuses(CapturedOutput output) {
    ServiceClient client = new ServiceClient(port);

    HttpResponse<String> badEnum = client.postAdvice(exampleWith("\"CHILD\"", "\"MARKER_XYZ\""));
    HttpResponse<String> unknownField =
        client.postAdvice(
            exampleWith(
                "\"language\": \"nl\",", "\"language\": \"nl\", \"diagnosis\": \"MARKER_ABC\","));
    HttpResponse<String> badDate =
        client.postAdvice(
            exampleWith("\"referenceDate\": \"2026-11-23\"", "\"referenceDate\": \"MARKER_DATE\""));
    HttpResponse<String> malformed = client.postAdvice("{\"diagnosis\": \"MARKER_JSON");

    assertThat(badEnum.statusCode()).isEqualTo(400);
    assertThat(unknownField.statusCode()).isEqualTo(400);
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(output.getAll()).doesNotContain("MARKER_");
  }

  @Test
  void logsNothingOfARequestThatTheEngineRefuses(CapturedOutput output) {
    ServiceClient client = new ServiceClient(port);

    HttpResponse<String> unknownCao =
        client.postAdvice(exampleWith("\"size\": 240", "\"size\": 240, \"cao\": \"marker-cao\""));

    assertThat(unknownCao.statusCode()).isEqualTo(400);
    assertThat(output.getAll()).doesNotContain("marker-cao");
  }

  @Test
  void echoesNoRefusedValueInTheProblemDocument() {
    ServiceClient client = new ServiceClient(port);

    HttpResponse<String> badEnum = client.postAdvice(exampleWith("\"CHILD\"", "\"MARKER_XYZ\""));
    HttpResponse<String> unknownField =
        client.postAdvice(
            exampleWith(
                "\"language\": \"nl\",", "\"language\": \"nl\", \"diagnosis\": \"MARKER_ABC\","));

    assertThat(badEnum.body()).doesNotContain("MARKER_XYZ");
    assertThat(unknownField.body()).doesNotContain("MARKER_ABC");
  }
}
