package io.github.quotekit;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes and reads the JSON Lines quote record: one JSON object per article, {@code id}, {@code
 * text} and {@code quotes}, each quote with its {@code text}, {@code start}, {@code end}, {@code
 * kind}, {@code speaker}, {@code speakerMention}, {@code cue}, {@code context} and {@code
 * confidence}. Gold files in this format read back too: a missing context is the quote's own span,
 * a missing confidence is 1, and a speaker given only by its mention takes the mention's words as
 * its name. Thread-safe.
 */
public final class QuoteJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private QuoteJson() {}

  /** The record as one line of JSON, without a line break. */
  public static String write(ArticleQuotes article) {
    checkNotNull(article, "article");
    try {
      return MAPPER.writeValueAsString(toTree(article));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise article " + article.id(), e);
    }
  }

  /** The record as a JSON tree, for callers that add fields of their own. */
  public static ObjectNode toTree(ArticleQuotes article) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("id", article.id());
    root.put("text", article.text());
    ArrayNode quotes = root.putArray("quotes");
    for (Quote q : article.quotes()) {
      ObjectNode o = quotes.addObject();
      o.put("text", q.text());
      o.put("start", q.span().start());
      o.put("end", q.span().end());
      o.put("kind", q.kind().jsonName());
      Optional<Speaker> s = q.speaker();
      if (s.isPresent()) {
        o.put("speaker", s.get().name());
        o.put("speakerType", s.get().type().name().toLowerCase(Locale.ROOT));
      } else {
        o.putNull("speaker");
      }
      putSpan(o, "speakerMention", s.flatMap(Speaker::mention));
      putSpan(o, "cue", q.cue());
      putSpan(o, "context", Optional.of(q.context()));
      o.put("confidence", Math.round(q.confidence() * 1000) / 1000.0);
    }
    return root;
  }

  private static void putSpan(ObjectNode o, String field, Optional<Span> span) {
    if (span.isEmpty()) {
      o.putNull(field);
      return;
    }
    ObjectNode s = o.putObject(field);
    s.put("text", span.get().text());
    s.put("start", span.get().start());
    s.put("end", span.get().end());
  }

  /**
   * Reads one record.
   *
   * @throws IllegalArgumentException if the line is not JSON or not a valid record, with the reason
   */
  public static ArticleQuotes read(String line) {
    checkNotNull(line, "line");
    JsonNode root;
    try {
      root = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
    return fromTree(root);
  }

  /** Reads one record from a JSON tree. */
  public static ArticleQuotes fromTree(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("a record must be a JSON object");
    }
    String id = root.path("id").asText("");
    JsonNode textNode = root.get("text");
    if (textNode == null || !textNode.isTextual()) {
      throw new IllegalArgumentException("record " + id + " has no \"text\" string");
    }
    String text = textNode.asText();
    ImmutableList.Builder<Quote> quotes = ImmutableList.builder();
    for (JsonNode o : root.path("quotes")) {
      Span span = span(text, o, "quote");
      QuoteKind kind = QuoteKind.valueOf(o.path("kind").asText("direct").toUpperCase(Locale.ROOT));
      Optional<Span> mention = optionalSpan(text, o.get("speakerMention"));
      Optional<Speaker> speaker = Optional.empty();
      String name = o.path("speaker").isTextual() ? o.get("speaker").asText() : null;
      if (name == null && mention.isPresent()) {
        name = mention.get().text().replaceAll("\\s+", " ");
      }
      if (name != null && !name.isBlank()) {
        SpeakerType type =
            o.path("speakerType").isTextual()
                ? SpeakerType.valueOf(o.get("speakerType").asText().toUpperCase(Locale.ROOT))
                : SpeakerType.UNKNOWN;
        speaker = Optional.of(new Speaker(name, type, mention));
      }
      Span context = optionalSpan(text, o.get("context")).orElse(span);
      double confidence = o.path("confidence").asDouble(1.0);
      quotes.add(
          new Quote(span, kind, speaker, optionalSpan(text, o.get("cue")), context, confidence));
    }
    return new ArticleQuotes(id, text, quotes.build());
  }

  private static Optional<Span> optionalSpan(String text, JsonNode o) {
    if (o == null || o.isNull()) {
      return Optional.empty();
    }
    return Optional.of(span(text, o, "span"));
  }

  private static Span span(String text, JsonNode o, String what) {
    if (!o.path("start").isInt() || !o.path("end").isInt()) {
      throw new IllegalArgumentException(what + " lacks integer start and end: " + o);
    }
    int start = o.get("start").asInt();
    int end = o.get("end").asInt();
    if (start < 0 || end < start || end > text.length()) {
      throw new IllegalArgumentException(
          what + " [" + start + ", " + end + ") lies outside a text of length " + text.length());
    }
    return Span.of(text, start, end);
  }
}
