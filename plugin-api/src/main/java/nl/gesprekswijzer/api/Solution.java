package nl.gesprekswijzer.api;

import org.jspecify.annotations.Nullable;

/**
 * A direction to look for a solution in.
 *
 * @param legalBasis the law or CAO article the solution rests on, where there is one
 */
public record Solution(String id, String title, String description, @Nullable String legalBasis) {}
