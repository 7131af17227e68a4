package nl.gesprekswijzer.service.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AgendaItem;
import nl.gesprekswijzer.api.ConversationType;
import nl.gesprekswijzer.api.Deadline;
import nl.gesprekswijzer.api.Entitlement;
import nl.gesprekswijzer.api.FollowUp;
import nl.gesprekswijzer.api.ManagerTip;
import nl.gesprekswijzer.api.Warning;
import org.junit.jupiter.api.Test;

/**
 * The manager's view renders every text as text. A rule set from a folder is written by policy
 * staff, so its texts may hold anything; none of it may become markup in a platform's page.
 */
class ManagerViewPageTests {

  private static final String MARKUP = "<script>alert(\"x\")</script> & <b onclick='y'>";
  private static final String ESCAPED =
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b onclick=&#39;y&#39;&gt;";

  @Test
  void escapesEveryTextOfTheAdvice() {
    AdviceResponse advice =
        new AdviceResponse(
            "1.0.0+" + MARKUP,
            LocalDate.of(2026, 11, 23),
            List.of(new AgendaItem("T\"1", "agenda " + MARKUP, 1, "why " + MARKUP)),
            List.of(),
            List.of(
                new Entitlement("E\"1", "entitlement " + MARKUP, new BigDecimal("44.8"), 12, 100,
                    Entitlement.Source.CAO, "conditions " + MARKUP, "basis " + MARKUP,
                    LocalDate.of(2026, 12, 7))),
            List.of(new Deadline("D\"1", "deadline " + MARKUP, LocalDate.of(2026, 12, 1),
                "deadline basis " + MARKUP, Deadline.Status.DUE_SOON)),
            new FollowUp(2, LocalDate.of(2026, 12, 7), "follow-up " + MARKUP),
            List.of(new ManagerTip("M\"1", "tip " + MARKUP)),
            List.of(),
            List.of(new Warning("W\"1", "warning " + MARKUP)),
            List.of());

    String page =
        ManagerViewPage.render(ConversationType.CARE_BALANCE, advice, "BEGIN:VCALENDAR", ViewLanguage.DUTCH);

    assertThat(page).doesNotContain("<script", "<b ", "\"1\"");
    for (String text :
        List.of("agenda ", "why ", "entitlement ", "conditions ", "basis ", "deadline ",
            "deadline basis ", "follow-up ", "tip ", "warning ", "1.0.0+")) {
      assertThat(page).contains(text + ESCAPED);
    }
    assertThat(page)
        .contains("data-topic=\"T&quot;1\"")
        .contains("Hoogstens 44,8 uur per 12 maanden · 100% van het loon door de werkgever"
            + " · vroegste start 7 december 2026")
        .contains("<span class=\"status status--due-soon\">Binnenkort</span>");
  }

  @Test
  void saysItsOwnWordsInEnglishWhenAskedTo() {
    AdviceResponse advice =
        new AdviceResponse("1", LocalDate.of(2026, 11, 23), List.of(), List.of(), List.of(), List.of(),
            new FollowUp(4, LocalDate.of(2026, 12, 21), "why"), List.of(), List.of(), List.of(), List.of());

    String page =
        ManagerViewPage.render(ConversationType.CAREER, advice, "BEGIN:VCALENDAR", ViewLanguage.ENGLISH);

    assertThat(page)
        .contains("<html lang=\"en\">")
        .contains("<h1>Conversation advice: work and career</h1>")
        .contains("Advice for Monday 23 November 2026")
        .contains("Monday 21 December 2026")
        .contains("download=\"follow-up-talk-2026-12-21.ics\"")
        .doesNotContain("deadlines-heading", "entitlements-heading", "tips-heading", "warnings-heading");
  }
}
