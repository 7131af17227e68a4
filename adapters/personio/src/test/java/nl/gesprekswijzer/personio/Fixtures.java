package nl.gesprekswijzer.personio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Personio's documents as its API documentation shows them (the Personnel Data API, v1), written
 * for a made-up employee: {@code src/test/resources/personio/}.
 */
final class Fixtures {

  private Fixtures() {}

  /** Noor Jansen: 32 hours a week since 1 April 2019 ({@code GET /v1/company/employees/4021}). */
  static String employee() {
    return read("employee.json");
  }

  /** Daan Visser, on a page of the employees list filtered by e-mail: 36 hours since 1 March 2021. */
  static String employeesPage() {
    return read("employees-page.json");
  }

  /**
   * Noor's absences ({@code GET /v1/company/time-offs?employees[]=4021}): three sick days in March
   * 2026, a vacation, sick leave from 5 October 2026 to 29 January 2027 (with a comment that must
   * never be read), and a week of care leave in November.
   */
  static String timeOffs() {
    return read("time-offs.json");
  }

  private static String read(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/personio/" + name)) {
      if (in == null) {
        throw new IllegalStateException("No fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
