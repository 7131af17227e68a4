package nl.gesprekswijzer.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.gesprekswijzer.api.constraints.AtMostDecimals;

/**
 * @param weeklyHours contractual hours per week, more than 0 and at most 60, with at most 20 decimals
 * @param employedSince start date of the employment, not after the reference date
 */
public record Employee(
    @NotNull
        @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
        @DecimalMax(value = "60", message = "must be at most 60")
        @AtMostDecimals(20)
        BigDecimal weeklyHours,
    @NotNull LocalDate employedSince) {}
