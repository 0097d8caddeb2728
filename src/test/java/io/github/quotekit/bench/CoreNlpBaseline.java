package io.github.quotekit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's own quote attribution as records of the project's JSON Lines format, so that it is
 * scored with the same scorer: {@code CoreNlpBaseline IN.jsonl OUT.jsonl}. Every CoreNLP quotation
 * is a direct quote; its speaker is CoreNLP's canonical mention, else its mention.
 */
public final class CoreNlpBaseline {
  private CoreNlpBaseline() {}

  public static void main(String[] args) throws Exception {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    p.setProperty("quote.attributeQuotes", "true");
    StanfordCoreNLP corenlp = new StanfordCoreNLP(p);
    ObjectMapper mapper = new ObjectMapper();
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
      for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode in = mapper.readTree(line);
        String text = in.get("text").asText();
        Annotation doc = new Annotation(text);
        corenlp.annotate(doc);
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        ObjectNode rec = mapper.createObjectNode();
        rec.put("id", in.path("id").asText());
        ArrayNode quotes = rec.putArray("quotes");
        List<CoreMap> found = doc.get(CoreAnnotations.QuotationsAnnotation.class);
        for (CoreMap q : found == null ? List.<CoreMap>of() : found) {
          int start = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
          int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
          ObjectNode o = quotes.addObject();
          o.put("text", text.substring(start, end));
          o.put("start", start);
          o.put("end", end);
          o.put("kind", "direct");
          String speaker = q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class);
          String mention = q.get(QuoteAttributionAnnotator.MentionAnnotation.class);
          o.put("speaker", speaker != null ? speaker : mention);
          Integer mb = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
          Integer me = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
          if (mb != null && me != null && mb >= 0 && me < tokens.size()) {
            ObjectNode m = o.putObject("speakerMention");
            int ms = tokens.get(mb).beginPosition();
            int mEnd = tokens.get(me).endPosition();
            m.put("text", text.substring(ms, mEnd));
            m.put("start", ms);
            m.put("end", mEnd);
          } else {
            o.putNull("speakerMention");
          }
        }
        out.println(mapper.writeValueAsString(rec));
        out.flush();
      }
    }
  }
}
