package nl.gesprekswijzer.engine.facts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collection;

/**
 * The generally recognised public holidays of the Algemene termijnenwet (art. 3), each computed for
 * a year rather than listed per year: the days around Easter from the date of Easter, King's Day
 * from the rule for the day the King's birthday is celebrated. Which of them count is a list
 * parameter of the rule set; days the government equates with them by decree for a single year
 * (art. 3 lid 3) are not computed.
 */
public enum DutchPublicHoliday {
  NEW_YEARS_DAY,
  /** Equated with the recognised holidays by art. 3 lid 2. */
  GOOD_FRIDAY,
  EASTER_MONDAY,
  /** The day the birthday of the King (before 2014 the Queen) is celebrated. */
  KINGS_DAY,
  /** The fifth of May, every year. */
  LIBERATION_DAY,
  ASCENSION_DAY,
  WHIT_MONDAY,
  CHRISTMAS_DAY,
  BOXING_DAY;

  /** The first year King's Day falls on 27 April (King Willem-Alexander's birthday). */
  private static final int FIRST_YEAR_OF_KINGS_DAY = 2014;

  /** The day this holiday falls on in the year. */
  public LocalDate in(int year) {
    return switch (this) {
      case NEW_YEARS_DAY -> LocalDate.of(year, Month.JANUARY, 1);
      case GOOD_FRIDAY -> easterSunday(year).minusDays(2);
      case EASTER_MONDAY -> easterSunday(year).plusDays(1);
      case KINGS_DAY -> kingsDay(year);
      case LIBERATION_DAY -> LocalDate.of(year, Month.MAY, 5);
      case ASCENSION_DAY -> easterSunday(year).plusDays(39);
      case WHIT_MONDAY -> easterSunday(year).plusDays(50);
      case CHRISTMAS_DAY -> LocalDate.of(year, Month.DECEMBER, 25);
      case BOXING_DAY -> LocalDate.of(year, Month.DECEMBER, 26);
    };
  }

  /** Whether the day is one of the holidays named by their codes. */
  public static boolean isHoliday(LocalDate day, Collection<String> codes) {
    for (String code : codes) {
      if (valueOf(code).in(day.getYear()).equals(day)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Easter Sunday in the Gregorian calendar (the anonymous algorithm published by Meeus, after
   * Jones and Butcher).
   */
  public static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  /**
   * 27 April from 2014, 30 April before (Queen's Day); when that day is a Sunday the birthday is
   * celebrated on the Saturday before.
   */
  private static LocalDate kingsDay(int year) {
    LocalDate birthday =
        LocalDate.of(year, Month.APRIL, year >= FIRST_YEAR_OF_KINGS_DAY ? 27 : 30);
    return birthday.getDayOfWeek() == DayOfWeek.SUNDAY ? birthday.minusDays(1) : birthday;
  }
}
