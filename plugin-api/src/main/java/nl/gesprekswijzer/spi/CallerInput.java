package nl.gesprekswijzer.spi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import nl.gesprekswijzer.api.Caregiving;
import nl.gesprekswijzer.api.Conversation;
import nl.gesprekswijzer.api.ConversationType;
import nl.gesprekswijzer.api.Detail;
import nl.gesprekswijzer.api.Wish;
import org.jspecify.annotations.Nullable;

/**
 * What the caller of a {@link SituationSource} adds to the platform's data: the talk it asks about,
 * and what a platform's records do not hold, such as the care an employee gives and what they wish
 * for, which the manager or the employee fill in.
 *
 * <p>A value given here wins over the platform's: a caller who knows the employer's size or CAO
 * better than the platform's records passes it. Start with {@link #forTalk} and add the rest with
 * the {@code with…} methods. Nothing here is checked until the engine validates the request the
 * source builds, naming the request's fields.
 *
 * @param conversation the kind of talk and when the previous one was held
 * @param referenceDate the date the advice is for; {@code null} means today in Europe/Amsterdam
 * @param language {@code nl} or {@code en}; {@code null} means {@code nl}
 * @param employerSize the employer's number of employees, where the platform does not know it
 * @param cao the code of the employee's CAO, where the platform does not know it
 * @param caregiving one entry per person the employee cares for
 * @param workCapacityPercent while the employee is sick: the share of the work they can do, 0 to 100
 * @param wishes what the employee wishes to talk about
 * @param detail how much advice to return; {@code null} means {@link Detail#STANDARD}
 */
public record CallerInput(
    Conversation conversation,
    @Nullable LocalDate referenceDate,
    @Nullable String language,
    @Nullable Integer employerSize,
    @Nullable String cao,
    List<Caregiving> caregiving,
    @Nullable Integer workCapacityPercent,
    List<Wish> wishes,
    @Nullable Detail detail) {

  public CallerInput {
    Objects.requireNonNull(conversation, "conversation");
    caregiving = caregiving == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(caregiving));
    wishes = wishes == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(wishes));
  }

  /** A talk of this kind on this date ({@code null}: today), with nothing else known yet. */
  public static CallerInput forTalk(ConversationType type, @Nullable LocalDate referenceDate) {
    return new CallerInput(new Conversation(type, null), referenceDate, null, null, null, List.of(), null, List.of(), null);
  }

  public CallerInput withLastHeldOn(@Nullable LocalDate lastHeldOn) {
    return new CallerInput(
        new Conversation(conversation.type(), lastHeldOn), referenceDate, language, employerSize, cao, caregiving,
        workCapacityPercent, wishes, detail);
  }

  public CallerInput withLanguage(@Nullable String answerLanguage) {
    return new CallerInput(
        conversation, referenceDate, answerLanguage, employerSize, cao, caregiving, workCapacityPercent, wishes,
        detail);
  }

  public CallerInput withEmployerSize(@Nullable Integer size) {
    return new CallerInput(
        conversation, referenceDate, language, size, cao, caregiving, workCapacityPercent, wishes, detail);
  }

  public CallerInput withCao(@Nullable String code) {
    return new CallerInput(
        conversation, referenceDate, language, employerSize, code, caregiving, workCapacityPercent, wishes, detail);
  }

  public CallerInput withCaregiving(List<Caregiving> people) {
    return new CallerInput(
        conversation, referenceDate, language, employerSize, cao, people, workCapacityPercent, wishes, detail);
  }

  public CallerInput withWorkCapacityPercent(@Nullable Integer percent) {
    return new CallerInput(
        conversation, referenceDate, language, employerSize, cao, caregiving, percent, wishes, detail);
  }

  public CallerInput withWishes(List<Wish> employeeWishes) {
    return new CallerInput(
        conversation, referenceDate, language, employerSize, cao, caregiving, workCapacityPercent, employeeWishes,
        detail);
  }

  public CallerInput withDetail(@Nullable Detail answerDetail) {
    return new CallerInput(
        conversation, referenceDate, language, employerSize, cao, caregiving, workCapacityPercent, wishes,
        answerDetail);
  }
}
