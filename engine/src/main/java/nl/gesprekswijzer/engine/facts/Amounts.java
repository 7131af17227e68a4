package nl.gesprekswijzer.engine.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Arithmetic on money that rules need, so that no rule writes a rounding rule of its own. */
public final class Amounts {

  private Amounts() {}

  /** {@code percent} % of {@code amount}, in euros and cents. */
  public static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
    return amount.multiply(percent).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
  }
}
