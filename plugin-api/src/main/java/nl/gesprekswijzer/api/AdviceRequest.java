package nl.gesprekswijzer.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.gesprekswijzer.api.constraints.CareHoursWithinAWeek;
import nl.gesprekswijzer.api.constraints.DatesNotAfterReferenceDate;
import org.jspecify.annotations.Nullable;

/**
 * An employee's situation, as far as it matters for the conversation with their manager.
 *
 * <p>There is deliberately no field for a diagnosis, symptoms, medication or the nature of an
 * illness: an employer may not register those.
 *
 * @param referenceDate the date the advice is for; {@code null} means today in Europe/Amsterdam
 * @param language {@code nl} or {@code en}; {@code null} means {@code nl}
 */
@DatesNotAfterReferenceDate
@CareHoursWithinAWeek
public record AdviceRequest(
    @Nullable LocalDate referenceDate,
    @Nullable @Pattern(regexp = "nl|en", message = "must be 'nl' or 'en'") String language,
    @NotNull @Valid Conversation conversation,
    @NotNull @Valid Employee employee,
    @NotNull @Valid Employer employer,
    @Size(max = 20) List<@NotNull @Valid Caregiving> caregiving,
    @Nullable @Valid Sickness sickness,
    @Size(max = 20) List<@NotNull Wish> wishes) {

  public static final String DEFAULT_LANGUAGE = "nl";

  public AdviceRequest {
    // Copies that keep null elements, so that validation can name them instead of failing here.
    caregiving = caregiving == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(caregiving));
    wishes = wishes == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(wishes));
  }

  /** The same request for another reference date. */
  public AdviceRequest withReferenceDate(LocalDate date) {
    return new AdviceRequest(
        date, language, conversation, employee, employer, caregiving, sickness, wishes);
  }

  /** The language of the answer's texts: {@link #language()} or the default {@code nl}. */
  public String languageOrDefault() {
    return language == null ? DEFAULT_LANGUAGE : language;
  }
}
