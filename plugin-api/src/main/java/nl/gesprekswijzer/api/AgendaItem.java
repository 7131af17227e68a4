package nl.gesprekswijzer.api;

/**
 * @param topic stable identifier of the topic, for example {@code CARE_SITUATION}
 * @param priority the position on the agenda, 1 first
 * @param why which part of the situation put the topic on the agenda
 */
public record AgendaItem(String topic, String title, int priority, String why) {}
