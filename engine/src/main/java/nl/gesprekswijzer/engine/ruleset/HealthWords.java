package nl.gesprekswijzer.engine.ruleset;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Words that point at health details, in Dutch and English: a diagnosis, symptoms, medication, a
 * treatment, or the name of an illness. Advice may never depend on them (the request never holds
 * them; the contract refuses such fields), so a rule whose conditions name one is a finding of
 * {@code rules check}.
 *
 * <p>The one list, kept here. Each entry is a word or the start of words ({@code diagnos} finds
 * diagnose, diagnosis and diagnoses); a short word that is part of common words ({@code hiv} in
 * archive) only counts as a whole word. Words are found in identifiers too: {@code diagnosisCode},
 * {@code DIAGNOSIS_CODE} and {@code diagnose-code} all name a diagnosis. General words for being
 * ill (sick, ziek, illness, the contract's {@code SERIOUS_ILLNESS}) are not on the list: whether
 * someone is sick or seriously ill is what the rules are about.
 */
final class HealthWords {

  /** Starts of words. */
  private static final List<String> STEMS =
      List.of(
          // a diagnosis, symptoms, medication, treatment
          "diagnos", "symptom", "medicat", "medicijn", "medicin", "medisch", "medical", "therapie",
          "therapy", "therapeut", "ziektebeeld", "aandoening", "disorder", "stoornis",
          // illnesses and conditions by name
          "burnout", "overspann", "overspanning", "depressi", "depressed", "angststoornis", "anxiety",
          "paniekaanval", "psychos", "psychot", "psychiatr", "schizofren", "schizophren", "bipola",
          "autis", "dementi", "alzheimer", "parkinson", "kanker", "cancer", "tumor", "tumour",
          "chemo", "leukemi", "leukaemi", "diabet", "suikerziekte", "hartinfarct", "hartfalen",
          "beroerte", "epilep", "migraine", "hernia", "reuma", "rheuma", "artrose", "artritis",
          "arthritis", "astma", "asthma", "covid", "verslav", "addiction", "alcoholis", "whiplash",
          "fibromyalg", "sclerose", "sclerosis", "zwangerschapsvergiftiging", "miskraam", "miscarriage");

  /** Whole words only: as starts of words they are part of common words (hiv in archive). */
  private static final List<String> WORDS =
      List.of("hiv", "aids", "adhd", "ptss", "ptsd", "copd", "rsi", "corona", "stroke", "heart attack",
          "burn out", "long covid");

  private HealthWords() {}

  /**
   * The first health word in a line of conditions, as written; empty when there is none.
   *
   * @param line a line of rule conditions, comments already left out
   */
  static Optional<String> in(String line) {
    // Lower case, with _ - . as spaces: the same length, so positions are those of the line.
    String lower = line.toLowerCase(Locale.ROOT).replaceAll("[_.\\-]", " ");
    for (int i = 0; i < line.length(); i++) {
      if (!startsWord(line, i)) {
        continue;
      }
      for (String stem : STEMS) {
        if (lower.startsWith(stem, i)) {
          int end = i + stem.length();
          while (end < line.length() && Character.isLetter(line.charAt(end)) && !startsWord(line, end)) {
            end++;
          }
          return Optional.of(line.substring(i, end));
        }
      }
      for (String word : WORDS) {
        int end = i + word.length();
        if (lower.startsWith(word, i) && (end == line.length() || startsWord(line, end) || !Character.isLetterOrDigit(line.charAt(end)))) {
          return Optional.of(line.substring(i, end));
        }
      }
    }
    return Optional.empty();
  }

  /** A word starts after a character that is no letter or digit, and at a capital after a small letter. */
  private static boolean startsWord(String line, int i) {
    if (!Character.isLetterOrDigit(line.charAt(i))) {
      return false;
    }
    if (i == 0) {
      return true;
    }
    char before = line.charAt(i - 1);
    return !Character.isLetterOrDigit(before)
        || (Character.isUpperCase(line.charAt(i)) && Character.isLowerCase(before));
  }
}
