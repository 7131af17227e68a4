package nl.gesprekswijzer.api;

/** A tip for the manager, tailored to the situation. */
public record ManagerTip(String id, String text) {}
