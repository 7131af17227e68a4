package nl.gesprekswijzer.service.rest;

import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.Violation;
import org.jspecify.annotations.Nullable;

/**
 * One item of a batch as it was read: a request to evaluate, or the violation that kept it from
 * being read (a wrong type, an unknown field), which becomes that item's problem.
 *
 * @param readNanos how long reading the item took, counted in its latency
 */
record BatchItem(@Nullable AdviceRequest request, @Nullable Violation unreadable, long readNanos) {

  static BatchItem read(AdviceRequest request, long readNanos) {
    return new BatchItem(request, null, readNanos);
  }

  static BatchItem unreadable(Violation violation, long readNanos) {
    return new BatchItem(null, violation, readNanos);
  }
}
