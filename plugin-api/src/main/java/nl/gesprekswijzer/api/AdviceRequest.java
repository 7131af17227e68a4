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
 * @param detail how much advice to return; {@code null} means {@link Detail#STANDARD}
 * @param employeeRef the platform's own reference of the employee, for example its employee id:
 *     opaque to Gesprekswijzer, which never interprets or logs it and only passes it on to {@code
 *     AdviceListener}s (the signed webhook); at most {@value #EMPLOYEE_REF_MAX_LENGTH} characters
 *     of {@code A-Z a-z 0-9 . _ : -}, so that it can never carry a name or free text
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
    @Size(max = 20) List<@NotNull Wish> wishes,
    @Nullable Detail detail,
    @Nullable
        @Pattern(
            regexp = "[A-Za-z0-9._:-]{1," + AdviceRequest.EMPLOYEE_REF_MAX_LENGTH + "}",
            message =
                "must be 1 to " + AdviceRequest.EMPLOYEE_REF_MAX_LENGTH
                    + " characters, each a letter A-Z or a-z, a digit or one of . _ : -")
        String employeeRef) {

  public static final String DEFAULT_LANGUAGE = "nl";

  /** The longest {@link #employeeRef()} accepted. */
  public static final int EMPLOYEE_REF_MAX_LENGTH = 64;

  public AdviceRequest {
    // Copies that keep null elements, so that validation can name them instead of failing here.
    caregiving = caregiving == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(caregiving));
    wishes = wishes == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(wishes));
  }

  /** A request without {@code detail}, as the contract's first version had it. */
  public AdviceRequest(
      @Nullable LocalDate referenceDate,
      @Nullable String language,
      Conversation conversation,
      Employee employee,
      Employer employer,
      @Nullable List<Caregiving> caregiving,
      @Nullable Sickness sickness,
      @Nullable List<Wish> wishes) {
    this(referenceDate, language, conversation, employee, employer, caregiving, sickness, wishes, null, null);
  }

  /** A request without {@code employeeRef}, as the contract had it before that field. */
  public AdviceRequest(
      @Nullable LocalDate referenceDate,
      @Nullable String language,
      Conversation conversation,
      Employee employee,
      Employer employer,
      @Nullable List<Caregiving> caregiving,
      @Nullable Sickness sickness,
      @Nullable List<Wish> wishes,
      @Nullable Detail detail) {
    this(referenceDate, language, conversation, employee, employer, caregiving, sickness, wishes, detail, null);
  }

  /** The same request for another reference date. */
  public AdviceRequest withReferenceDate(LocalDate date) {
    return new AdviceRequest(
        date, language, conversation, employee, employer, caregiving, sickness, wishes, detail, employeeRef);
  }

  /** The same request asking for every piece of advice. */
  public AdviceRequest withDetail(Detail detail) {
    return new AdviceRequest(
        referenceDate, language, conversation, employee, employer, caregiving, sickness, wishes, detail,
        employeeRef);
  }

  /** Whether the answer should carry everything rather than the default list sizes. */
  public boolean wantsFullDetail() {
    return detail == Detail.FULL;
  }

  /** The language of the answer's texts: {@link #language()} or the default {@code nl}. */
  public String languageOrDefault() {
    return language == null ? DEFAULT_LANGUAGE : language;
  }
}
