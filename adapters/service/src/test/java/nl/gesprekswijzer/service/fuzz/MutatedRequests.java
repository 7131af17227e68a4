package nl.gesprekswijzer.service.fuzz;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gesprekswijzer.engine.fuzz.Situations;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Valid requests with one to three things changed: a field dropped, replaced by a random value, an
 * out-of-range number, an edge date, an array or object where something else belongs, given twice,
 * or an unknown field added. Some stay valid (a dropped optional field, 2024-02-29), so each answer
 * is checked for what it is: a valid advice or a problem naming a field.
 */
final class MutatedRequests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Stands in for a raw JSON text in the tree until the tree is written. */
  private static final String MARK = "@@raw@@";

  private static final List<String> RANGE_EDGES =
      List.of("-1", "0", "0.0001", "60", "60.01", "61", "120", "121", "168", "168.01", "169", "100", "101", "10000000",
          "10000001", "2147483647", "-2147483648", "1e400", "99999999999999999999", "6.0E1", "3.5", "-0.0");

  private static final List<String> EDGE_DATES =
      List.of("0001-01-01", "9999-12-31", "2024-02-29", "2023-02-29", "2026-02-30", "2026-00-10", "1970-01-01",
          "2023-06-30", "2023-07-01", "+10000-01-01", "-0001-01-01", "20261123", "2026-1-1", "2026-11-23 ");

  private MutatedRequests() {}

  static byte[] next(Random random) {
    // Now and then a situation far from today, valid in itself: the rules may lack figures then.
    LocalDate far = LocalDate.parse(RandomDocuments.pick(random, List.of("0001-01-01", "1958-09-02", "2024-02-29", "9999-12-31")));
    ObjectNode request =
        JSON.valueToTree(random.nextInt(5) == 0 ? Situations.on(random, far) : Situations.next(random));
    withoutNulls(request);
    List<String> raw = new ArrayList<>();
    String duplicate = null;
    int mutations = 1 + random.nextInt(3);
    for (int m = 0; m < mutations; m++) {
      List<Slot> slots = new ArrayList<>();
      slots(request, slots);
      Slot slot = RandomDocuments.pick(random, slots);
      switch (random.nextInt(8)) {
        case 0 -> slot.remove();
        case 1 -> raw.add(slot.replace(RandomDocuments.value(random, 3)));
        case 2 -> raw.add(slot.replace(RandomDocuments.pick(random, RANGE_EDGES)));
        case 3 -> raw.add(slot.replace("\"" + RandomDocuments.pick(random, EDGE_DATES) + "\""));
        case 4 -> raw.add(slot.replace(random.nextBoolean() ? "[" + slot.value() + "]" : "{}"));
        case 5 -> duplicate = slot.name();
        case 6 -> request.put(RandomDocuments.pick(random, RandomDocuments.KEYS), "x");
        default -> dateAfterReference(request);
      }
    }
    String json = JSON.writeValueAsString(request);
    for (String text : raw) {
      json = json.replaceFirst("\"" + MARK + "\"", Matcher.quoteReplacement(text));
    }
    if (duplicate != null && json.contains("\"" + duplicate + "\":")) {
      String key = "\"" + duplicate + "\":";
      json = json.replaceFirst(Pattern.quote(key), Matcher.quoteReplacement(key + "1," + key));
    }
    return RandomDocuments.utf8(json);
  }

  /** Moves one of the dates that describe the past to the day after the reference date. */
  private static void dateAfterReference(ObjectNode request) {
    LocalDate reference = LocalDate.now().minusDays(1);
    try {
      reference = LocalDate.parse(request.path("referenceDate").asString(reference.toString()));
    } catch (DateTimeParseException e) {
      // An earlier mutation broke the reference date; yesterday will do.
    }
    request.put("referenceDate", reference.toString());
    if (request.get("employee") instanceof ObjectNode employee) {
      employee.put("employedSince", reference.plusDays(1).toString());
    }
  }

  /** A place in the tree that holds a value: a field of an object or an element of an array. */
  private record Slot(JsonNode parent, String name, int index) {
    JsonNode value() {
      return parent instanceof ObjectNode o ? o.get(name) : parent.get(index);
    }

    void remove() {
      if (parent instanceof ObjectNode o) {
        o.remove(name);
      } else {
        ((ArrayNode) parent).remove(index);
      }
    }

    /** Marks the slot for the raw JSON text, which the caller puts in after writing the tree. */
    String replace(String rawJson) {
      if (parent instanceof ObjectNode o) {
        o.put(name, MARK);
      } else {
        ((ArrayNode) parent).set(index, MARK);
      }
      return rawJson;
    }
  }

  private static void slots(JsonNode node, List<Slot> slots) {
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        slots.add(new Slot(object, field.getKey(), -1));
        slots(field.getValue(), slots);
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        slots.add(new Slot(array, "element", i));
        slots(array.get(i), slots);
      }
    }
  }

  /** The request as a platform writes it: absent rather than null. */
  private static void withoutNulls(JsonNode node) {
    if (node instanceof ObjectNode object) {
      List<String> nulls = new ArrayList<>();
      object.properties().forEach(field -> {
        if (field.getValue().isNull()) {
          nulls.add(field.getKey());
        }
      });
      nulls.forEach(object::remove);
      object.forEach(MutatedRequests::withoutNulls);
    } else if (node instanceof ArrayNode array) {
      array.forEach(MutatedRequests::withoutNulls);
    }
  }

  /** A valid request as JSON, as a platform sends it. */
  static byte[] valid(Random random) {
    ObjectNode request = JSON.valueToTree(Situations.next(random));
    withoutNulls(request);
    return RandomDocuments.utf8(JSON.writeValueAsString(request));
  }
}
