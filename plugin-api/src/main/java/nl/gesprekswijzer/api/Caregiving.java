package nl.gesprekswijzer.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.gesprekswijzer.api.constraints.AtMostDecimals;
import nl.gesprekswijzer.api.constraints.ChildAgeMatchesRelation;
import org.jspecify.annotations.Nullable;

/**
 * One person the employee cares for.
 *
 * @param childAge age in whole years; required when {@code relation} is {@code CHILD}, refused
 *     otherwise
 * @param hoursPerWeek hours of care per week, 0 to 168 (the hours of a week), with at most 20
 *     decimals; all people cared for together at most 168 too ({@link
 *     nl.gesprekswijzer.api.constraints.CareHoursWithinAWeek})
 * @param since the date the care started
 */
@ChildAgeMatchesRelation
public record Caregiving(
    @NotNull Relation relation,
    @Nullable @Min(value = 0, message = "must be at least 0") @Max(value = 120, message = "must be at most 120")
        Integer childAge,
    @NotNull
        @DecimalMin(value = "0", message = "must be at least 0")
        @DecimalMax(value = "168", message = "must be at most 168")
        @AtMostDecimals(20)
        BigDecimal hoursPerWeek,
    @NotNull LocalDate since,
    @NotNull CareSituation situation) {}
