package nl.gesprekswijzer.engine.fuzz;

import java.util.Random;

/**
 * How long the fuzz tests run. The build's default is short and fixed (the same cases every build);
 * the long campaign sets {@code -Dfuzz.tries=20000} and, to explore new cases, {@code -Dfuzz.seed}.
 */
public record FuzzSettings(int tries, long seed) {

  /** The settings from the system properties, with {@code defaultTries} for the ordinary build. */
  public static FuzzSettings of(int defaultTries) {
    return new FuzzSettings(
        Integer.getInteger("fuzz.tries", defaultTries), Long.getLong("fuzz.seed", 20261123L));
  }

  /** The generator for case {@code i}: each case has its own seed, so one case can be replayed alone. */
  public Random random(int i) {
    return new Random(seed * 1_000_003L + i);
  }

  @Override
  public String toString() {
    return "-Dfuzz.seed=" + seed + " -Dfuzz.tries=" + tries;
  }
}
