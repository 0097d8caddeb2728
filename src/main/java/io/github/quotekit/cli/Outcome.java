package io.github.quotekit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import io.github.quotekit.ArticleQuotes;
import io.github.quotekit.Quote;
import io.github.quotekit.QuoteJson;
import java.util.Map;

/**
 * What became of one input article: its quotes, or why it failed.
 *
 * @param error a one-line reason that names the article's file (and line), or null
 */
record Outcome(Input input, ImmutableList<Quote> quotes, String error) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  boolean failed() {
    return error != null;
  }

  /**
   * The article's record: {@code id} and {@code text} (when read), the input record's other fields
   * in their order, then {@code quotes}, or {@code error} where the article failed.
   */
  ObjectNode toJson() {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode fields = input.fields();
    JsonNode id = fields == null ? null : fields.get("id");
    if (id != null && !id.isNull()) {
      root.set("id", id); // as given: a number stays a number
    } else {
      root.put("id", input.id());
    }
    if (input.text() != null) {
      root.put("text", input.text());
    }
    if (fields != null) {
      for (Map.Entry<String, JsonNode> f : fields.properties()) {
        String name = f.getKey();
        if (!name.equals("id") && !(name.equals("text") && input.text() != null)) {
          root.set(name, f.getValue());
        }
      }
    }
    if (failed()) {
      root.put("error", error);
    } else {
      ArticleQuotes article = ArticleQuotes.of(input.id(), input.text(), quotes);
      root.set("quotes", QuoteJson.toTree(article).get("quotes"));
    }
    return root;
  }
}
