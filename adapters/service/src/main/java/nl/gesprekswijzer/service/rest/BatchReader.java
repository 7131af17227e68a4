package nl.gesprekswijzer.service.rest;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.InvalidRequestException;
import nl.gesprekswijzer.api.Violation;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a batch: a JSON array of advice requests, each read as the single endpoint reads its body
 * (the same mapper settings, so the same strictness and the same field names in errors), one item
 * at a time from the stream.
 *
 * <p>An item that cannot be read as a request (a wrong type, an unknown field, a date that does
 * not exist) becomes that item's violation and the reader moves on to the next item; the others
 * are unaffected. Only a body that is not JSON at all (a syntax error, a truncated body, a field
 * given twice), or not an array, or longer than {@code maxItems}, is refused whole: past a syntax
 * error no later item can be told apart reliably.
 */
final class BatchReader {

  /** The depth of the batch's items: inside the top-level array. */
  private static final int ITEM_DEPTH = 1;

  private final JsonMapper mapper;
  private final ObjectReader itemReader;
  private final int maxItems;

  /**
   * @param mapper the service's mapper settings, on a stream factory whose document limit fits a
   *     batch body
   */
  BatchReader(JsonMapper mapper, int maxItems) {
    this.mapper = mapper;
    // The token after an item is the next item or the array's end, not a trailing token; the end
    // of the whole body is checked after the array.
    this.itemReader =
        mapper.readerFor(AdviceRequest.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    this.maxItems = maxItems;
  }

  /**
   * @throws InvalidRequestException when the body is not a JSON array (field {@code request}) or not
   *     JSON at all (its field names the item, {@code [3].caregiving})
   * @throws BatchTooLargeException beyond {@code maxItems} items
   * @throws BodyTooLargeException beyond the batch's body limit
   */
  List<BatchItem> read(InputStream body, @Nullable String acceptLanguage)
      throws BodyTooLargeException {
    try (JsonParser parser = mapper.createParser(body)) {
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_ARRAY) {
        throw new InvalidRequestException(
            new Violation(
                BodyViolations.WHOLE_REQUEST,
                (first == null ? "is missing" : "is not an array")
                    + "; the body of a batch must be a JSON array of advice requests, at most "
                    + maxItems));
      }
      List<BatchItem> items = new ArrayList<>();
      for (long start = System.nanoTime();
          parser.nextToken() != JsonToken.END_ARRAY;
          start = System.nanoTime()) {
        if (items.size() == maxItems) {
          throw new BatchTooLargeException(maxItems);
        }
        items.add(readItem(parser, acceptLanguage, start));
      }
      if (parser.nextToken() != null) {
        throw new InvalidRequestException(
            new Violation(
                BodyViolations.WHOLE_REQUEST,
                "must be one JSON array of advice requests and nothing else"));
      }
      return items;
    } catch (JacksonException e) {
      BodyTooLargeException tooLarge = bodyTooLarge(e);
      if (tooLarge != null) {
        throw tooLarge;
      }
      throw new InvalidRequestException(BodyViolations.of(e));
    }
  }

  private BatchItem readItem(JsonParser parser, @Nullable String acceptLanguage, long start) {
    try {
      AdviceRequest request = itemReader.readValue(parser);
      if (request == null) {
        return BatchItem.unreadable(
            new Violation(
                BodyViolations.WHOLE_REQUEST, "is null; each item must be an advice request, a JSON object"),
            System.nanoTime() - start);
      }
      return BatchItem.read(AnswerLanguage.applyTo(request, acceptLanguage), System.nanoTime() - start);
    } catch (DatabindException | InputCoercionException e) {
      // The item's JSON is well-formed but not a request: skip the rest of it, keep the others.
      // Anything else (a syntax error) propagates and fails the batch.
      while (parser.streamReadContext().getNestingDepth() > ITEM_DEPTH && parser.nextToken() != null) {
        // skipping the rest of the item
      }
      return BatchItem.unreadable(BodyViolations.of(e), System.nanoTime() - start);
    }
  }

  private static @Nullable BodyTooLargeException bodyTooLarge(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof BodyTooLargeException tooLarge) {
        return tooLarge;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }
}
