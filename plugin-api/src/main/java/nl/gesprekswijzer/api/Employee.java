package nl.gesprekswijzer.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * @param weeklyHours contractual hours per week, more than 0 and at most 60, with at most 20 decimals
 * @param employedSince start date of the employment, not after the reference date
 */
public record Employee(
    @NotNull
        @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
        @DecimalMax(value = "60", message = "must be at most 60")
        // A number such as 0.1e-999999999 is in range, but rounding it would cost 10^999999999.
        @Digits(integer = 3, fraction = 20, message = "must have at most 3 digits before and 20 after the decimal point")
        BigDecimal weeklyHours,
    @NotNull LocalDate employedSince) {}
