package nl.gesprekswijzer.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * @param size number of employees, at least 1
 * @param cao code of the collective labour agreement, lower-case kebab-case ({@code
 *     sociaal-werk}); an unknown code is refused
 */
public record Employer(
    @NotNull @Min(value = 1, message = "must be at least 1") @Max(value = 10_000_000, message = "must be at most 10000000")
        Integer size,
    @Nullable
        @Pattern(
            regexp = "[a-z0-9]{1,40}(-[a-z0-9]{1,40}){0,8}",
            message = "must be a CAO code in lower-case kebab-case, for example 'sociaal-werk'")
        String cao) {}
