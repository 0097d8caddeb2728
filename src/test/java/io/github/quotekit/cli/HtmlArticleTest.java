package io.github.quotekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlArticleTest {
  private static String text(String html) throws Utf8.MalformedException {
    return HtmlArticle.text(html.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void takesTheBlocksOfTheArticleAsParagraphs() throws Exception {
    assertEquals(
        "Title\n\nOne two.\n\nThree.\n\nA point",
        text(
            "<nav><p>Menu</p></nav><article><h1>Title</h1><p>One\n  <i>two</i>.</p>"
                + "<blockquote><p>Three.</p></blockquote><ul><li>A point</li></ul></article>"
                + "<p>Outside</p>"));
  }

  @Test
  void takesTheArticleWithTheMostText() throws Exception {
    assertEquals(
        "The long one has words.",
        text("<article><p>Short.</p></article><article><p>The long one has words.</p></article>"));
  }

  @Test
  void takesAnArticleWithoutBlocksWhole() throws Exception {
    assertEquals("Just text in it.", text("<article>Just <b>text</b> in it.</article>"));
  }

  @Test
  void withoutAnArticleTakesThePagesParagraphsButNotItsChrome() throws Exception {
    assertEquals(
        "First.\n\nSecond.",
        text(
            "<header><p>Site</p></header><div><p>First.</p><p> </p><p>Second.</p></div>"
                + "<aside><p>Ad</p></aside><footer><p>(c)</p></footer>"));
  }

  @Test
  void aPageWithoutParagraphsIsEmpty() throws Exception {
    assertEquals("", text("<div>Nothing in paragraphs</div>"));
  }

  @Test
  void readsTheCharsetThePageDeclares() throws Exception {
    byte[] latin1 =
        "<meta charset=\"windows-1252\"><p>\u201cCaf\u00e9,\u201d she said.</p>"
            .getBytes(Charset.forName("windows-1252"));
    assertEquals("\u201cCaf\u00e9,\u201d she said.", HtmlArticle.text(latin1));
  }

  @Test
  void reportsBytesThatAreNotUtf8ByLine() {
    byte[] bad = "<p>One</p>\n<p>Caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1);
    Utf8.MalformedException e =
        assertThrows(Utf8.MalformedException.class, () -> HtmlArticle.text(bad));
    assertEquals(2, e.line);
  }
}
