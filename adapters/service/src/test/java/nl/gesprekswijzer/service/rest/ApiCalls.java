package nl.gesprekswijzer.service.rest;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import nl.gesprekswijzer.service.ServiceClient;
import org.jspecify.annotations.Nullable;

/**
 * Calls of the REST API's newer parts over real HTTP, each with the development key (harmless
 * while the service asks for no credential) and, where given, an {@code Accept-Language}.
 */
record ApiCalls(ServiceClient client) {

  static final String DEV_KEY = "gesprekswijzer-dev";

  ApiCalls(int port) {
    this(new ServiceClient(port));
  }

  HttpResponse<String> get(String path) {
    return client.send(HttpRequest.newBuilder(client.uri(path)).header("X-API-Key", DEV_KEY).GET());
  }

  HttpResponse<String> advice(String body, @Nullable String acceptLanguage) {
    return post("/api/v1/advice", body, acceptLanguage);
  }

  HttpResponse<String> batch(String body, @Nullable String acceptLanguage) {
    return post(BatchAdviceController.PATH, body, acceptLanguage);
  }

  HttpResponse<String> batch(List<String> requests) {
    return batch("[" + String.join(",", requests) + "]", null);
  }

  HttpResponse<String> post(String path, String body, @Nullable String acceptLanguage) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(client.uri(path))
            .header("X-API-Key", DEV_KEY)
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(body));
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    return client.send(request);
  }

  /** {@code n} copies of a request, for batches. */
  static List<String> copies(String request, int n) {
    List<String> requests = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      requests.add(request);
    }
    return requests;
  }
}
