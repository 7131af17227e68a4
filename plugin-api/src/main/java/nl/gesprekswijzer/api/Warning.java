package nl.gesprekswijzer.api;

/** Something the manager or employee must not miss. */
public record Warning(String id, String text) {}
