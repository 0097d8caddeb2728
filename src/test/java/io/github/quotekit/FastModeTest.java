package io.github.quotekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The fast mode finds speakers by word order alone; it loads only the tagger, so it has its own. */
class FastModeTest {
  private static QuoteExtractor fast;

  @BeforeAll
  static void build() {
    fast = QuoteExtractor.builder().mode(Mode.FAST).build();
  }

  static Stream<Arguments> patterns() {
    return Stream.of(
        Arguments.of("\"The water is rising fast,\" said Tomas Lind.", "Tomas Lind", QuoteKind.DIRECT),
        Arguments.of("\"We are out of beds,\" Ana Ribeiro told reporters.", "Ana Ribeiro", QuoteKind.DIRECT),
        Arguments.of("Mayor Lena Okafor said: \"We will not raise taxes this year.\"", "Lena Okafor", QuoteKind.DIRECT),
        Arguments.of("The union said the strike would go ahead on Friday.", "the union", QuoteKind.INDIRECT),
        Arguments.of("The strike will go ahead on Friday, the union said.", "the union", QuoteKind.INDIRECT),
        Arguments.of(
            "Karl Weber said the proposal was \"dead on arrival\" and would be withdrawn.",
            "Karl Weber", QuoteKind.MIXED),
        // An age between commas, and a day after the verb, are not the speaker.
        Arguments.of("\"They want us quiet,\" Mina Holt, 25, said Thursday.", "Mina Holt", QuoteKind.DIRECT),
        // The head of the subject, not the object of its preposition.
        Arguments.of("\"We are in a frenzy,\" one source on the panel said.", "one source", QuoteKind.DIRECT),
        // ", saying ...": the participle's subject is the clause's subject.
        Arguments.of(
            "Karl Weber spoke in Bonn on Friday, saying the budget would pass.",
            "Karl Weber", QuoteKind.INDIRECT),
        // A clitic ('s) is a word, not punctuation that ends the reported clause.
        Arguments.of(
            "Karl Weber says he\u2019s sure there has been \"no leak from anyone\" in the office.",
            "Karl Weber", QuoteKind.MIXED),
        // A subject with a hyphenated word and a participle still opens a reported clause.
        Arguments.of(
            "Karl Weber says late-night tweets targeting the mayor were \"unhinged\" and cruel.",
            "Karl Weber", QuoteKind.MIXED),
        // A clause with a quotation, a comma, then the verb before its subject.
        Arguments.of(
            "Both parties \"saw the port as a prize worth holding,\" said Mina Holt, a historian.",
            "Mina Holt", QuoteKind.MIXED),
        // A participle's subject is its clause's, not a weekday or the words after it.
        Arguments.of(
            "Karl Weber sent a series of posts early Friday saying the budget would pass.",
            "Karl Weber", QuoteKind.INDIRECT),
        Arguments.of("\"We will appeal,\" said one lawyer for the family.", "one lawyer", QuoteKind.DIRECT),
        // A fronted phrase before the subject and its apposition is not the speaker.
        Arguments.of(
            "After the storm of March, Mina Holt, a planner at the port authority, called the "
                + "report \"a blunt warning\" for the town.",
            "Mina Holt", QuoteKind.MIXED),
        // A participle that modifies the speaker's noun belongs to the subject.
        Arguments.of(
            "Okafor \"knows every boat in this harbour,\" the retired ferry captain said.",
            "the retired ferry captain", QuoteKind.MIXED),
        // A participle right after a name is that person's.
        Arguments.of(
            "The union's video shows footage of Lena Okafor asking, \"Who pays for the dredging?\"",
            "Lena Okafor", QuoteKind.DIRECT),
        // A participle after a statement is the statement's author's.
        Arguments.of(
            "The council put out a statement calling the toll \"a plain breach\" of the treaty.",
            "the council", QuoteKind.MIXED),
        // A pronoun after "said" opens what was said; the subject is before the commas.
        Arguments.of(
            "Mina Holt, head of the guild, which speaks for the port's crane drivers, said "
                + "the strike would end by Friday.",
            "Mina Holt", QuoteKind.INDIRECT),
        // A short quotation under a naming verb, without a parse.
        Arguments.of("Karl Weber called the proposal \"reckless\".", "Karl Weber", QuoteKind.MIXED),
        // A reporting verb after "and" shares the subject of the clause's first verb.
        Arguments.of(
            "Mina Holt praised the new pier and said the ferry captain can \"turn the harbour "
                + "around\" by spring.",
            "Mina Holt", QuoteKind.MIXED),
        // Without named entities a proper noun still names the one who speaks after a quotation.
        Arguments.of("\"We will appeal the ruling.\" Karl Weber said.", "Karl Weber",
            QuoteKind.DIRECT),
        Arguments.of(
            "\"Will the pier ever be finished?\" Holt pressed.", "Holt", QuoteKind.DIRECT),
        // An age used as a noun, and "one" before a noun the tagger read as an adjective.
        Arguments.of("\"The pier will hold,\" said the 71-year-old.", "the 71-year-old",
            QuoteKind.DIRECT),
        Arguments.of(
            "\"The tolls will rise again,\" said one Republican engaged in the budget talks.",
            "one Republican", QuoteKind.DIRECT),
        // A verb of speech after a name is its past tense, even where the tagger read a participle.
        Arguments.of(
            "Senator Karl Weber condemned Friday's vote as \"a disgrace to the chamber.\"",
            "Karl Weber", QuoteKind.MIXED),
        // A count after "of" is not the speaker's head noun.
        Arguments.of("Asked why, the mother of two replied, \"It is meant to help.\"", "the mother",
            QuoteKind.DIRECT),
        // A body's name goes on past "for" or "of"; a place after a person's name is not the name.
        Arguments.of(
            "The Institute for Coastal Studies said the harbour would silt up within a decade.",
            "the Institute for Coastal Studies", QuoteKind.INDIRECT),
        Arguments.of("Senator Karl Weber of Bavaria said the budget would pass.", "Karl Weber",
            QuoteKind.INDIRECT),
        Arguments.of("The Port of Tacoma said the cranes would be replaced.", "the Port of Tacoma",
            QuoteKind.INDIRECT),
        // A capitalised verb after "to" is part of a body's name.
        Arguments.of("The League to Protect Ferry Skippers said the new timetable was unsafe.",
            "the League to Protect Ferry Skippers", QuoteKind.INDIRECT),
        // The word after a title and "of" names the office, not the one who holds it.
        Arguments.of("Secretary of State Ana Ruiz said the talks would go on.", "Ana Ruiz",
            QuoteKind.INDIRECT),
        Arguments.of("Secretary of Homeland Security Karl Weber said the port was safe.",
            "Karl Weber", QuoteKind.INDIRECT),
        Arguments.of("Secretary of Homeland Security Weber said the port was safe.", "Weber",
            QuoteKind.INDIRECT),
        Arguments.of("Minister for Foreign Affairs Ana Ruiz said the talks would go on.",
            "Ana Ruiz", QuoteKind.INDIRECT),
        // "Mrs." tells which of two people with one surname speaks.
        Arguments.of("Karl Okafor and Lena Okafor stood at the pier. Mrs. Okafor said she had "
            + "nothing to add.", "Lena Okafor", QuoteKind.INDIRECT));
  }

  @Test
  void whatFollowsTheWholeNameOfABodyIsWhatItReported() {
    List<Quote> quotes = fast.extract(
        "According to the Bureau for Harbour Statistics, freight through the port fell by a third "
            + "last year.");
    assertEquals(1, quotes.size(), quotes.toString());
    assertEquals("freight through the port fell by a third last year", quotes.get(0).text());
    assertEquals("the Bureau for Harbour Statistics", quotes.get(0).speakerName().orElse(null));
  }

  @ParameterizedTest
  @MethodSource("patterns")
  void findsTheSpeakerByWordOrder(String text, String speaker, QuoteKind kind) {
    List<Quote> quotes = fast.extract(text);
    assertEquals(1, quotes.size(), quotes.toString());
    assertEquals(speaker, quotes.get(0).speakerName().orElse(null));
    assertEquals(kind, quotes.get(0).kind());
  }

  @Test
  void aCueThatInterruptsItsSentenceReportsBothHalves() {
    List<Quote> quotes =
        fast.extract("In her years in office, Mayor Lena Okafor said, the city has paid every debt.");
    assertEquals(
        List.of("In her years in office", "the city has paid every debt"),
        quotes.stream().map(Quote::text).toList());
    for (Quote q : quotes) {
      assertEquals("Lena Okafor", q.speakerName().orElse(null));
      assertEquals(QuoteKind.INDIRECT, q.kind());
    }
  }

  @Test
  void theWordsOfAReportingPhraseAreNoSpeaker() {
    List<Quote> quotes = fast.extract(
        "Karl Weber tried on Friday to make the case that the leaks were the work of two clerks."
            + " Ana Lopez backed the lease, though she made it clear that the price worried her.");
    assertEquals(List.of("Ana Lopez"),
        quotes.stream().map(q -> q.speakerName().orElse("")).distinct().toList(),
        quotes.toString());
    assertEquals("made it clear", quotes.get(quotes.size() - 1).cue().orElseThrow().text());
  }

  @Test
  void aParticipleAfterAQuotationAndItsCueIsTheSpeakers() {
    List<Quote> quotes =
        fast.extract("\"The tide has turned,\" Karl Weber said, arguing that the port would gain a "
            + "\"second wind\" from the new dock.");
    assertEquals(2, quotes.size(), quotes.toString());
    assertEquals("Karl Weber", quotes.get(1).speakerName().orElse(null));
  }

  @Test
  void anApostropheAfterAPluralIsAPossessiveAndAnotherReportEndsTheClause() {
    List<Quote> quotes =
        fast.extract("Karl Weber is reminding members that the Harbours\u2019 fleet is \u201cin ruins\u201d "
            + "and says he will rebuild it.");
    assertEquals("the Harbours\u2019 fleet is \u201cin ruins\u201d", quotes.get(0).text(), quotes.toString());
    assertEquals("Karl Weber", quotes.get(0).speakerName().orElse(null));
  }

  @Test
  void anEmbeddedQuotationsClauseRunsToTheEndOfItsSentence() {
    List<Quote> quotes =
        fast.extract("Karl Weber likened the rules to a \"slow poison\" for the whole region.");
    assertEquals(1, quotes.size(), quotes.toString());
    assertEquals("the rules to a \"slow poison\" for the whole region", quotes.get(0).text());
  }

  @Test
  void butNotIntoTheTimeAndPlaceOfTheSaying() {
    List<Quote> quotes = fast.extract("Former Mayor Tom Weber criticized the harbour levy as a "
        + "\"broken machine\" during a visit to Leeds. Ana Ruiz blasted the plan as a "
        + "\"shambles\" Tuesday night in the town hall.");
    assertEquals(List.of("the harbour levy as a \"broken machine\"", "the plan as a \"shambles\""),
        quotes.stream().map(Quote::text).toList());
  }

  @Test
  void whatWasToldBeginsAfterThatNotWithTheOneTold() {
    List<Quote> quotes = fast.extract("Karl Weber tells the Harbour Gazette on Friday that "
        + "\u201cexactly who did it\u201d remains unknown.");
    assertEquals(1, quotes.size(), quotes.toString());
    assertEquals("\u201cexactly who did it\u201d remains unknown", quotes.get(0).text());
    assertEquals(QuoteKind.MIXED, quotes.get(0).kind());
    assertEquals("Karl Weber", quotes.get(0).speakerName().orElse(null));
  }

  @Test
  void aProgrammeNamedBetweenTheCueAndTheQuotationIsPassedOver() {
    List<Quote> quotes = fast.extract("Ana Ruiz tells Radio Dover\u2019s \u201cHarbour Hour\u201d "
        + "on Friday that \u201cexactly who did it\u201d remains unknown.");
    Quote q = quotes.stream().filter(x -> x.kind() == QuoteKind.MIXED).findFirst()
        .orElseThrow(() -> new AssertionError(quotes.toString()));
    assertEquals("\u201cexactly who did it\u201d remains unknown", q.text());
    assertEquals("Ana Ruiz", q.speakerName().orElse(null));
  }

  @Test
  void anotherSpeakersCueEndsAReportedClause() {
    List<Quote> quotes = fast.extract("Ana Ruiz said the pier would close in May, and when asked "
        + "about the ferry, the harbour master replied, \"It will run all summer.\"");
    Quote last = quotes.get(quotes.size() - 1);
    assertEquals("\"It will run all summer.\"", last.text(), quotes.toString());
    assertEquals(QuoteKind.DIRECT, last.kind());
    assertEquals("the harbour master", last.speakerName().orElse(null));
  }

  @Test
  void surnameResolvesToTheFullNameWithoutNamedEntities() {
    List<Quote> quotes =
        fast.extract("Volodymyr Zelenskiy met the envoy. Zelenskiy said the talks had been useful.");
    assertEquals("Volodymyr Zelenskiy", quotes.get(0).speakerName().orElse(null));
  }

  @Test
  void modeMustNotBeNull() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> QuoteExtractor.builder().mode(null));
    assertEquals("mode", e.getMessage());
  }
}
