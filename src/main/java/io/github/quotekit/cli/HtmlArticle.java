package io.github.quotekit.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article text of an HTML page, through jsoup: the blocks (headings, paragraphs, list items,
 * block quotes) of its {@code <article>} (the one with the most text, where there are several),
 * else the page's paragraphs outside navigation, headers, footers, asides and forms. Blocks are
 * joined by blank lines, so that quotekit sees paragraphs; their white space is collapsed.
 */
final class HtmlArticle {
  private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre";
  private static final Set<String> CHROME = Set.of("nav", "header", "footer", "aside", "form");

  private HtmlArticle() {}

  /**
   * The article text of {@code html}, decoded as the page declares (a byte order mark or a {@code
   * <meta charset>}), else as UTF-8.
   *
   * @throws Utf8.MalformedException if the page is read as UTF-8 and is not
   */
  static String text(byte[] html) throws Utf8.MalformedException {
    Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(html), null, "");
    } catch (IOException e) {
      throw new IllegalStateException("reading from memory failed", e);
    }
    if (doc.charset().equals(StandardCharsets.UTF_8)) {
      Utf8.decode(html, 1); // jsoup would replace bad bytes silently
    }
    return text(doc);
  }

  static String text(Document doc) {
    Element article = null;
    for (Element a : doc.select("article")) {
      if (article == null || a.text().length() > article.text().length()) {
        article = a;
      }
    }
    List<String> blocks = new ArrayList<>();
    if (article != null) {
      for (Element e : article.select(BLOCKS)) {
        if (e.select(BLOCKS).size() == 1) { // a block holding blocks gives them instead
          add(blocks, e);
        }
      }
      if (blocks.isEmpty()) {
        add(blocks, article);
      }
    } else {
      for (Element p : doc.select("p")) {
        if (p.parents().stream().noneMatch(e -> CHROME.contains(e.normalName()))) {
          add(blocks, p);
        }
      }
    }
    return String.join("\n\n", blocks);
  }

  private static void add(List<String> blocks, Element e) {
    String t = e.text().strip();
    if (!t.isEmpty()) {
      blocks.add(t);
    }
  }
}
