package nl.gesprekswijzer.service.rest;

import static nl.gesprekswijzer.service.ServiceClient.EXAMPLE;
import static nl.gesprekswijzer.service.ServiceClient.contentType;
import static nl.gesprekswijzer.service.ServiceClient.json;
import static nl.gesprekswijzer.service.rest.RawHttp.ascii;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.gesprekswijzer.service.ServiceClient;
import nl.gesprekswijzer.service.TestCredentials;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A body over 64 KiB is a 413, however it is sent; a client that stalls loses its connection after
 * the connection timeout while everyone else is still answered.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    // Short, so that the stalled clients below are cut off quickly; production uses 5s.
    properties = "server.tomcat.connection-timeout=2s")
class LimitsIntegrationTests {

  private static final int LIMIT = 64 * 1024;
  private static final String KEY =
      TestCredentials.HEADER + ": " + TestCredentials.DEVELOPMENT_KEY + "\r\n";

  @LocalServerPort int port;

  private ServiceClient client;
  private RawHttp raw;

  @BeforeEach
  void connect() {
    client = new ServiceClient(port);
    raw = new RawHttp(port);
  }

  @Test
  void acceptsABodyOfExactlyTheLimit() {
    String body = EXAMPLE + " ".repeat(LIMIT - EXAMPLE.getBytes(StandardCharsets.UTF_8).length);

    HttpResponse<String> response = client.postAdvice(body);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  @Test
  void refusesABodyOneByteOverTheLimitWith413() {
    String body = EXAMPLE + " ".repeat(LIMIT + 1 - EXAMPLE.getBytes(StandardCharsets.UTF_8).length);

    HttpResponse<String> response = client.postAdvice(body);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
    assertThat(contentType(response)).startsWith("application/problem+json");
    assertThat(json(response).path("type").asString()).isEqualTo("/problems/content-too-large");
    assertThat(json(response).path("detail").asString()).contains("65536 bytes");
  }

  @Test
  void refusesADeclaredLengthOverTheLimitWithoutWaitingForTheBody() {
    // Declares ten megabytes and sends none of it: the answer must not wait for the body.
    String response =
        raw.exchange(
            ascii(
                "POST /api/v1/advice HTTP/1.1\r\nHost: localhost\r\n"
                    + KEY
                    + "Content-Type: application/json\r\nContent-Length: 10000000\r\n\r\n"));

    assertThat(response).startsWith("HTTP/1.1 413").contains("/problems/content-too-large");
  }

  @Test
  void refusesAChunkedBodyOverTheLimitWith413() {
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    request.writeBytes(
        ascii(
            "POST /api/v1/advice HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + KEY
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"));
    String chunk = " ".repeat(4096);
    for (int sent = 0; sent <= LIMIT; sent += chunk.length()) {
      request.writeBytes(ascii(Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n"));
    }
    request.writeBytes(ascii("0\r\n\r\n"));

    String response = raw.exchange(request.toByteArray());

    assertThat(response).startsWith("HTTP/1.1 413").contains("/problems/content-too-large");
  }

  @Test
  void closesStalledConnectionsAndKeepsAnsweringOthers() throws Exception {
    List<String> halfRequests =
        List.of(
            // Stalls in the headers.
            "POST /api/v1/advice HTTP/1.1\r\nHost: localhost\r\nContent-Ty",
            // Stalls in the body, a thread of Tomcat's waiting for the rest.
            "POST /api/v1/advice HTTP/1.1\r\nHost: localhost\r\n"
                + KEY
                + "Content-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"referenceDate\": \"2026-");
    List<Socket> stalled = halfRequests.stream().map(half -> send(half)).toList();
    try {
      assertThat(client.postAdvice(EXAMPLE).statusCode()).isEqualTo(200);

      for (Socket socket : stalled) {
        // Returns once the server closes; a connection kept open fails on the read timeout.
        String answer = RawHttp.readUntilClosed(socket);
        assertThat(answer).doesNotStartWith("HTTP/1.1 2");
      }
      assertThat(client.postAdvice(EXAMPLE).statusCode()).isEqualTo(200);
    } finally {
      for (Socket socket : stalled) {
        socket.close();
      }
    }
  }

  private Socket send(String text) {
    Socket socket = raw.connect();
    try {
      socket.getOutputStream().write(ascii(text));
      socket.getOutputStream().flush();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return socket;
  }
}
