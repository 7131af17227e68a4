package nl.gesprekswijzer.api;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The conversation the advice is for.
 *
 * @param lastHeldOn the date of the previous talk of this kind, if any
 */
public record Conversation(@NotNull ConversationType type, @Nullable LocalDate lastHeldOn) {}
