package nl.gesprekswijzer.api;

import java.time.LocalDate;

/**
 * When to talk again.
 *
 * @param nextDate the reference date plus {@code intervalWeeks} weeks, or the earliest deadline
 *     after the reference date when that comes sooner
 */
public record FollowUp(int intervalWeeks, LocalDate nextDate, String why) {}
