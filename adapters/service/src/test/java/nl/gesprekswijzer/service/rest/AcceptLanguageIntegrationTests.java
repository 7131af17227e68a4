package nl.gesprekswijzer.service.rest;

import static nl.gesprekswijzer.service.ServiceClient.exampleWith;
import static nl.gesprekswijzer.service.ServiceClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import nl.gesprekswijzer.service.ServiceClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** {@code Accept-Language} decides the answer's language when the request has no {@code language}. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AcceptLanguageIntegrationTests {

  private static final String WITHOUT_LANGUAGE = exampleWith("\"language\": \"nl\",", "");
  private static final String DUTCH = ServiceClient.EXAMPLE;
  private static final String ENGLISH = exampleWith("\"language\": \"nl\"", "\"language\": \"en\"");

  @LocalServerPort int port;

  private ApiCalls api;
  private JsonNode dutch;
  private JsonNode english;

  @BeforeEach
  void answersInBothLanguages() {
    api = new ApiCalls(port);
    dutch = json(api.advice(DUTCH, null));
    english = json(api.advice(ENGLISH, null));
    assertThat(dutch.at("/followUp/why").asString())
        .as("the two answers differ in their texts")
        .isNotEqualTo(english.at("/followUp/why").asString());
  }

  @Test
  void answersInEnglishWhenTheCallerPrefersEnglish() {
    assertThat(json(api.advice(WITHOUT_LANGUAGE, "en-GB,en;q=0.9"))).isEqualTo(english);
    assertThat(json(api.advice(WITHOUT_LANGUAGE, "de-DE, fr;q=0.9, en;q=0.5"))).isEqualTo(english);
  }

  @Test
  void answersInDutchWhenTheCallerPrefersDutchOrAcceptsNeither() {
    assertThat(json(api.advice(WITHOUT_LANGUAGE, "en;q=0.3, nl;q=0.7"))).isEqualTo(dutch);
    assertThat(json(api.advice(WITHOUT_LANGUAGE, "de-DE, fr;q=0.9"))).isEqualTo(dutch);
    assertThat(json(api.advice(WITHOUT_LANGUAGE, "not a language header ;;;"))).isEqualTo(dutch);
    assertThat(json(api.advice(WITHOUT_LANGUAGE, null))).isEqualTo(dutch);
  }

  @Test
  void keepsTheLanguageTheRequestNames() {
    assertThat(json(api.advice(DUTCH, "en"))).isEqualTo(dutch);
    assertThat(json(api.advice(ENGLISH, "nl"))).isEqualTo(english);
  }
}
