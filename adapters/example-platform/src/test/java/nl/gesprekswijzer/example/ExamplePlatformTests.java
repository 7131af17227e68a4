package nl.gesprekswijzer.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.ServiceLoader;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.CareSituation;
import nl.gesprekswijzer.api.Caregiving;
import nl.gesprekswijzer.api.ConversationType;
import nl.gesprekswijzer.api.Deadline;
import nl.gesprekswijzer.api.Entitlement;
import nl.gesprekswijzer.api.InvalidRequestException;
import nl.gesprekswijzer.api.Relation;
import nl.gesprekswijzer.api.Violation;
import nl.gesprekswijzer.spi.AdviceListener;
import nl.gesprekswijzer.spi.CallerInput;
import nl.gesprekswijzer.spi.CaoCatalog;
import nl.gesprekswijzer.spi.PlatformData;
import nl.gesprekswijzer.spi.RuleSetSource;
import nl.gesprekswijzer.spi.SituationException;
import nl.gesprekswijzer.spi.SituationSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example platform end to end on the real engine and the default rules: its SPI implementations
 * found with {@link ServiceLoader}, its employee record in, advice out with its customers' CAO
 * figures, and its outbox told.
 */
class ExamplePlatformTests {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

  private static ExamplePlatform platform;
  private static String sanne;

  @BeforeAll
  static void startThePlatform() throws IOException {
    platform = ExamplePlatform.start();
    try (InputStream in = ExamplePlatformTests.class.getResourceAsStream("/example-platform/sanne.json")) {
      sanne = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @AfterAll
  static void stopThePlatform() {
    platform.close();
  }

  @Test
  void serviceLoaderFindsOneImplementationOfEachSpi() {
    assertThat(ServiceLoader.load(RuleSetSource.class)).hasExactlyElementsOfTypes(ExampleRuleSets.class);
    assertThat(ServiceLoader.load(SituationSource.class)).hasExactlyElementsOfTypes(ExampleHrSituationSource.class);
    assertThat(ServiceLoader.load(CaoCatalog.class)).hasExactlyElementsOfTypes(ExampleCaoCatalog.class);
    assertThat(ServiceLoader.load(AdviceListener.class)).hasExactlyElementsOfTypes(ExampleOutbox.class);
  }

  @Test
  void servesTheDefaultRulesUnderThePlatformsOwnVersionWithoutCompilingThemAgain() {
    assertThat(platform.engine().rulesetVersion()).startsWith("1.1.0-example.1+");
    assertThat(platform.engine().ruleSet().name()).isEqualTo("example-platform");
    assertThat(platform.engine().ruleSet().precompiled()).as("the rules jar's rule base, reused").isTrue();
  }

  @Test
  void turnsThePlatformsRecordIntoAdviceAndTellsTheOutbox() {
    AdviceResponse advice =
        platform.advise(
            "zorgwerk", "E-1001", PlatformData.of("employee", sanne),
            CallerInput.forTalk(ConversationType.SICK_LEAVE, DAY).withWorkCapacityPercent(50).withLanguage("en"));

    assertThat(advice.deadlines())
        .filteredOn(d -> d.id().equals("PROBLEM_ANALYSIS"))
        .singleElement()
        .satisfies(d -> assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 11, 15)));
    ExampleOutbox.Notice notice = lastNotice();
    assertThat(notice.tenant()).isEqualTo("zorgwerk");
    assertThat(notice.employeeRef()).isEqualTo("E-1001");
    assertThat(notice.rulesetVersion()).isEqualTo(advice.rulesetVersion());
    assertThat(notice.followUpOn()).isEqualTo(advice.followUp().nextDate());
    assertThat(notice.deadlines())
        .contains(new ExampleOutbox.Due("PROBLEM_ANALYSIS", LocalDate.of(2026, 11, 15), Deadline.Status.PASSED));
    assertThat(notice.topics()).isEqualTo(advice.agenda().stream().map(a -> a.topic()).toList());
    assertThat(notice.toString()).doesNotContain("MARKER").doesNotContain("Sanne");
  }

  @Test
  void appliesACustomersOwnCaoFiguresForThatCustomerOnly() {
    CallerInput illChild =
        CallerInput.forTalk(ConversationType.CARE_BALANCE, DAY)
            .withCaregiving(
                List.of(
                    new Caregiving(
                        Relation.CHILD, 6, new BigDecimal("14"), LocalDate.of(2026, 3, 1),
                        CareSituation.SERIOUS_ILLNESS)));

    Entitlement zorgwerk = shortTermCareLeave(platform.advise("zorgwerk", "E-1001", PlatformData.of("employee", sanne), illChild));
    Entitlement other = shortTermCareLeave(platform.advise("other-customer", "E-1001", PlatformData.of("employee", sanne), illChild));

    assertThat(zorgwerk.maxHours()).isEqualByComparingTo("64");
    assertThat(zorgwerk.legalBasis()).isEqualTo("Zorgwerk huisregeling 2026, art. 4");
    assertThat(other.maxHours()).isEqualByComparingTo("44.8");
    assertThat(other.legalBasis()).isEqualTo("Cao Sociaal Werk 2023-2025, art. 5.11");
    assertThat(lastNotice().tenant()).isEqualTo("other-customer");
  }

  @Test
  void knowsACustomersCompanyCaoForThatCustomerOnly() {
    CallerInput palliativeCare =
        CallerInput.forTalk(ConversationType.CARE_BALANCE, DAY)
            .withCao("hospice-noord")
            .withCaregiving(
                List.of(
                    new Caregiving(
                        Relation.PARENT, null, new BigDecimal("20"), LocalDate.of(2026, 10, 1), CareSituation.PALLIATIVE)));

    AdviceResponse hospice = platform.advise("hospice-noord", "E-7", PlatformData.of("employee", sanne), palliativeCare);

    assertThat(hospice.entitlements())
        .filteredOn(e -> e.id().equals("CAO_PALLIATIVE_LEAVE"))
        .singleElement()
        .satisfies(e -> assertThat(e.maxHours()).isEqualByComparingTo("192"));
    assertThatThrownBy(() -> platform.advise("zorgwerk", "E-7", PlatformData.of("employee", sanne), palliativeCare))
        .isInstanceOf(InvalidRequestException.class)
        .satisfies(
            e ->
                assertThat(((InvalidRequestException) e).violations())
                    .extracting(Violation::field)
                    .containsExactly("employer.cao"));
  }

  @Test
  void namesTheFieldOfThePlatformsRecordThatIsWrong() {
    String withoutHours = sanne.replace("\"hoursPerWeek\": 32, ", "").replace("\"startDate\": \"2019-04-01\"", "\"startDate\": \"1 april 2019\"");

    assertThatThrownBy(
            () ->
                platform.advise(
                    "zorgwerk", "E-1001", PlatformData.of("employee", withoutHours),
                    CallerInput.forTalk(ConversationType.CAREER, DAY)))
        .isInstanceOf(SituationException.class)
        .satisfies(
            e ->
                assertThat(((SituationException) e).violations())
                    .containsExactly(
                        new Violation("employee#/contract/hoursPerWeek", "missing"),
                        new Violation("employee#/contract/startDate", "is not a date written as 2026-10-05")));
  }

  @Test
  void theCallersCaoWinsOverThePlatformsRecord() {
    AdviceResponse withoutCao =
        platform.advise(
            "zorgwerk", null, PlatformData.of("employee", sanne.replace("\"cao\": \"sociaal-werk\"", "\"cao\": null")),
            CallerInput.forTalk(ConversationType.CARE_BALANCE, DAY)
                .withCaregiving(
                    List.of(
                        new Caregiving(
                            Relation.CHILD, 6, new BigDecimal("14"), LocalDate.of(2026, 3, 1),
                            CareSituation.SERIOUS_ILLNESS))));

    assertThat(shortTermCareLeave(withoutCao).source()).isEqualTo(Entitlement.Source.LAW);
    assertThat(lastNotice().employeeRef()).isNull();
  }

  private static ExampleOutbox.Notice lastNotice() {
    ExampleOutbox outbox = (ExampleOutbox) platform.listeners().get(0);
    List<ExampleOutbox.Notice> notices = outbox.notices();
    return notices.get(notices.size() - 1);
  }

  private static Entitlement shortTermCareLeave(AdviceResponse advice) {
    return advice.entitlements().stream().filter(e -> e.id().equals("SHORT_TERM_CARE_LEAVE")).findFirst().orElseThrow();
  }
}
