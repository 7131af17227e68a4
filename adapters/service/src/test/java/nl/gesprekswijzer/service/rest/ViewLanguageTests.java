package nl.gesprekswijzer.service.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ViewLanguageTests {

  @ParameterizedTest(name = "Accept-Language: {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en-GB,en;q=0.9 | en",
        "nl;q=0.5, en;q=0.9 | en",
        "en;q=0.5, nl-BE;q=0.9 | nl",
        "de-DE,de;q=0.9 | nl",
        "* | nl",
        "en;q=nonsense;; | nl",
        "'' | nl"
      })
  void choosesTheBestOfDutchAndEnglishElseDutch(String header, String expected) {
    assertThat(ViewLanguage.ofHeader(header).code()).isEqualTo(expected);
  }

  @Test
  void writesDatesAndNumbersAsEachLanguageDoes() {
    LocalDate date = LocalDate.of(2026, 12, 21);
    assertThat(ViewLanguage.DUTCH.dayAndDate(date)).isEqualTo("maandag 21 december 2026");
    assertThat(ViewLanguage.ENGLISH.dayAndDate(date)).isEqualTo("Monday 21 December 2026");
    assertThat(ViewLanguage.DUTCH.number(new BigDecimal("44.80"))).isEqualTo("44,8");
    assertThat(ViewLanguage.ENGLISH.number(new BigDecimal("1E+2"))).isEqualTo("100");
  }
}
