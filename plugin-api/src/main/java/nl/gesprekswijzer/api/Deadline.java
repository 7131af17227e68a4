package nl.gesprekswijzer.api;

import java.time.LocalDate;

/**
 * A sick-leave deadline.
 *
 * @param title a short name for people (an addition to the contract)
 */
public record Deadline(String id, String title, LocalDate dueDate, String legalBasis) {}
