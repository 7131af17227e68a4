package nl.gesprekswijzer.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Present when the employee is (partly) absent through illness. Deliberately without any field for
 * the nature of the illness.
 *
 * @param firstSickDay the first day of absence: day 1 of week 1
 * @param workCapacityPercent the share of the contractual work the employee can do, 0 to 100
 */
public record Sickness(
    @NotNull LocalDate firstSickDay,
    @Nullable @Min(value = 0, message = "must be at least 0") @Max(value = 100, message = "must be at most 100")
        Integer workCapacityPercent) {}
