package nl.gesprekswijzer.service.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.Conversation;
import nl.gesprekswijzer.api.ConversationType;
import nl.gesprekswijzer.api.Detail;
import nl.gesprekswijzer.api.Employee;
import nl.gesprekswijzer.api.Employer;
import nl.gesprekswijzer.api.Wish;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AnswerLanguageTests {

  @ParameterizedTest(name = "Accept-Language: {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | en",
        "en-GB,en;q=0.9 | en",
        "EN-us | en",
        "nl-BE | nl",
        "de, en;q=0.5 | en",
        "en;q=0.2, nl;q=0.8 | nl",
        "fr;q=0.9, en;q=0.8, nl;q=0.1 | en",
        "nl;q=0, en | en",
        "de | nl",
        "* | nl",
        "en;q=0 | nl",
        "x-klingon | nl",
        "'en;q=abc' | nl",
        "';;;,,' | nl",
        "'' | nl"
      })
  void choosesTheBestOfDutchAndEnglishByQualityElseDutch(String header, String expected) {
    assertThat(AnswerLanguage.fromAcceptLanguage(header)).isEqualTo(expected);
  }

  @Test
  void leavesARequestThatNamesItsLanguageAsItIs() {
    AdviceRequest dutch = request("nl");

    assertThat(AnswerLanguage.applyTo(dutch, "en")).isSameAs(dutch);
  }

  @Test
  void leavesARequestWithoutLanguageAsItIsWithoutTheHeader() {
    AdviceRequest request = request(null);

    assertThat(AnswerLanguage.applyTo(request, null)).isSameAs(request);
  }

  @Test
  void copiesEveryOtherFieldWhenItSetsTheLanguage() {
    AdviceRequest request = request(null);

    AdviceRequest english = AnswerLanguage.applyTo(request, "en-GB");

    assertThat(english.language()).isEqualTo("en");
    assertThat(english)
        .usingRecursiveComparison()
        .ignoringFields("language")
        .isEqualTo(request);
  }

  private static AdviceRequest request(String language) {
    return new AdviceRequest(
        LocalDate.of(2026, 11, 23),
        language,
        new Conversation(ConversationType.CAREER, LocalDate.of(2026, 5, 1)),
        new Employee(new BigDecimal("36"), LocalDate.of(2021, 3, 1)),
        new Employer(240, "banken"),
        List.of(),
        null,
        List.of(Wish.DEVELOPMENT),
        Detail.FULL);
  }
}
