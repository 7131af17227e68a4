package nl.gesprekswijzer.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * @param weeklyHours contractual hours per week, more than 0 and at most 60
 * @param employedSince start date of the employment, not after the reference date
 */
public record Employee(
    @NotNull
        @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
        @DecimalMax(value = "60", message = "must be at most 60")
        BigDecimal weeklyHours,
    @NotNull LocalDate employedSince) {}
