package nl.gesprekswijzer.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DutchPublicHolidayTests {

  private static final List<String> ALL =
      Arrays.stream(DutchPublicHoliday.values()).map(Enum::name).toList();

  @ParameterizedTest(name = "Easter Sunday {0} is {1}")
  @CsvSource({
    "2000, 2000-04-23", "2008, 2008-03-23", "2011, 2011-04-24", "2019, 2019-04-21",
    "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2038, 2038-04-25"
  })
  void computesEasterSunday(int year, LocalDate easter) {
    assertThat(DutchPublicHoliday.easterSunday(year)).isEqualTo(easter);
  }

  @Test
  void computesEveryHolidayOf2026FromItsRule() {
    assertThat(Arrays.stream(DutchPublicHoliday.values()).map(h -> h.in(2026)))
        .containsExactly(
            LocalDate.of(2026, 1, 1), // New Year's Day
            LocalDate.of(2026, 4, 3), // Good Friday
            LocalDate.of(2026, 4, 6), // Easter Monday
            LocalDate.of(2026, 4, 27), // King's Day, a Monday
            LocalDate.of(2026, 5, 5), // the fifth of May
            LocalDate.of(2026, 5, 14), // Ascension Day, 39 days after Easter
            LocalDate.of(2026, 5, 25), // Whit Monday, 50 days after Easter
            LocalDate.of(2026, 12, 25),
            LocalDate.of(2026, 12, 26));
  }

  @ParameterizedTest(name = "King's Day {0} is on {1}")
  @CsvSource({
    "2014, 2014-04-26", // 27 April 2014 was a Sunday
    "2025, 2025-04-26", // 27 April 2025 is a Sunday
    "2027, 2027-04-27",
    "2013, 2013-04-30", // Queen's Day until 2013
    "2006, 2006-04-29" // 30 April 2006 was a Sunday
  })
  void celebratesTheKingsBirthdayOnTheSaturdayBeforeWhenItIsASunday(int year, LocalDate day) {
    assertThat(DutchPublicHoliday.KINGS_DAY.in(year)).isEqualTo(day);
  }

  @Test
  void knowsOnlyTheHolidaysItIsGiven() {
    LocalDate easterMonday2027 = LocalDate.of(2027, 3, 29);

    assertThat(DutchPublicHoliday.isHoliday(easterMonday2027, ALL)).isTrue();
    assertThat(DutchPublicHoliday.isHoliday(easterMonday2027, List.of("GOOD_FRIDAY"))).isFalse();
    assertThat(DutchPublicHoliday.isHoliday(LocalDate.of(2027, 3, 30), ALL)).isFalse();
  }

  @Test
  void refusesACodeItDoesNotKnow() {
    assertThatThrownBy(() -> DutchPublicHoliday.isHoliday(LocalDate.of(2027, 1, 1), List.of("CARNIVAL")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
