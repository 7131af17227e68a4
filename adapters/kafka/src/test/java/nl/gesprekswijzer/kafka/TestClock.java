package nl.gesprekswijzer.kafka;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock the test moves forward: "today" for the deadline watch. */
final class TestClock extends Clock {

  static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

  private volatile Instant now;

  TestClock(LocalDate today) {
    this.now = today.atTime(9, 0).atZone(DUTCH).toInstant();
  }

  LocalDate today() {
    return LocalDate.ofInstant(now, DUTCH);
  }

  void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public ZoneId getZone() {
    return DUTCH;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Instant instant() {
    return now;
  }
}
