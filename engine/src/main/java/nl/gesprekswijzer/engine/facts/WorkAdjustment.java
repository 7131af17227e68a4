package nl.gesprekswijzer.engine.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * What an employee may ask the employer to change under the law on adjusting work: the hours, the
 * working times or the place of work. Which of them the law covers changed over time (before 2016
 * only the hours), so a rule reads them from a list parameter and passes them to the texts, which
 * name each as {@code value.WorkAdjustment.<CONSTANT>}:
 *
 * <pre>
 * advice.because(drools, "changes", WorkAdjustment.listed($p.list("flexible-work.changes")));
 * </pre>
 */
public enum WorkAdjustment {
  /** The number of hours (arbeidsduur). */
  HOURS,
  /** The working times (werktijd). */
  TIMES,
  /** The place of work (arbeidsplaats). */
  PLACE;

  /**
   * The adjustments a list parameter names, in the parameter's order.
   *
   * @throws IllegalArgumentException when the parameter names something that is not an adjustment
   */
  public static List<WorkAdjustment> listed(List<String> codes) {
    List<WorkAdjustment> adjustments = new ArrayList<>(codes.size());
    for (String code : codes) {
      try {
        adjustments.add(valueOf(code));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "'" + code + "' is not one of " + List.of(values()) + "; check the parameter that lists it", e);
      }
    }
    return List.copyOf(adjustments);
  }
}
