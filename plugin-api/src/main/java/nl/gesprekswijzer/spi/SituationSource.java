package nl.gesprekswijzer.spi;

import nl.gesprekswijzer.api.AdviceRequest;

/**
 * Builds an advice request from an HR platform's own data about one employee: the documents its
 * API returns (contract hours, start of employment, absences), together with what the caller adds
 * ({@link CallerInput}: the kind of talk, the date, and what no platform record holds, such as the
 * care an employee gives).
 *
 * <pre>{@code
 * AdviceRequest request = personio.situation(
 *     new PlatformData(Map.of("employee", employeeJson, "time-offs", timeOffsJson)),
 *     CallerInput.forTalk(ConversationType.SICK_LEAVE, LocalDate.of(2026, 11, 23)).withEmployerSize(240));
 * AdviceResponse advice = engine.advise(request);
 * }</pre>
 *
 * <p>A source maps only what the platform's documentation gives a meaning to, and never anything
 * about the nature of an illness: a comment on an absence, its name or a certificate stays unread.
 * It checks that it can read the fields it maps; the request it returns is then validated by the
 * engine like any other. Implementations are thread-safe and found with {@link
 * java.util.ServiceLoader} by their {@link #platform()}.
 */
public interface SituationSource {

  /** The platform whose data this source reads, lower case: {@code personio}. */
  String platform();

  /**
   * The request for the employee the documents are about.
   *
   * @throws SituationException naming every platform field that is missing or does not read, and
   *     every value the caller must add because the platform does not have it
   */
  AdviceRequest situation(PlatformData data, CallerInput caller);
}
