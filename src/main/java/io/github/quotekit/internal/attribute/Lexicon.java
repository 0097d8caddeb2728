package io.github.quotekit.internal.attribute;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;

/** Word lists that news style relies on: reporting verbs, pronouns, titles, organisation nouns. */
final class Lexicon {
  private Lexicon() {}

  /** Verbs that report speech or writing and take the reported clause as their complement. */
  static final ImmutableSet<String> REPORTING_VERBS =
      ImmutableSet.of(
          "say", "tell", "add", "warn", "argue", "claim", "write", "state", "explain", "note",
          "insist", "announce", "declare", "report", "suggest", "acknowledge", "admit", "deny",
          "contend", "assert", "predict", "promise", "vow", "pledge", "confirm", "reply",
          "respond", "recall", "stress", "emphasize", "emphasise", "concede", "caution",
          "complain", "testify", "tweet", "post", "allege", "maintain", "observe", "remark",
          "repeat", "reiterate", "counter", "tell", "inform", "assure", "boast", "charge",
          "estimate", "indicate", "reveal", "disclose", "mention", "conclude", "comment",
          "recommend", "point out", "put it", "shoot back", "fire back", "hit back",
          "make clear", "make the case", "make the point");

  /** Verbs that can follow a quotation as its cue ("Q," she laughed) but rarely govern a clause. */
  static final ImmutableSet<String> QUOTE_ONLY_VERBS =
      ImmutableSet.of(
          "ask", "continue", "joke", "quip", "shout", "laugh", "sigh", "whisper", "recount",
          "begin", "exclaim", "muse", "scoff", "snap", "retort", "interject", "plead", "cry",
          "demand", "wonder", "urge", "chant", "yell", "describe", "call", "read", "tweet",
          "reply", "answer", "respond", "testify", "bark", "fume", "growl", "mutter", "murmur",
          "grumble", "snarl", "scream", "holler", "chuckle", "gush", "marvel", "lament",
          "bemoan", "sneer", "taunt", "tease", "chide", "scold", "proclaim", "protest",
          "inquire", "enquire", "opine", "surmise", "elaborate", "exhort", "lecture", "preach",
          "rant", "bellow", "shriek", "stammer", "blurt", "thunder", "intone");

  /** Verbs of belief and finding that report a source's view through a clause ("X believes that"). */
  static final ImmutableSet<String> COGNITION_VERBS =
      ImmutableSet.of(
          "believe", "think", "know", "feel", "hope", "expect", "fear", "worry", "find", "show",
          "indicate", "learn", "agree", "decide", "recognize", "recognise", "understand",
          "realize", "realise", "doubt", "question", "assume", "conclude", "determine", "rule",
          "prove", "demonstrate", "signal", "imply", "speculate", "guess", "argue", "hear",
          "acknowledge", "remind", "notify", "swear", "guarantee", "threaten");

  /**
   * Adjectives of belief that report a source's view through a clause, as the verbs above do:
   * "X is confident that ...", "X was worried the pier would close".
   */
  static final ImmutableSet<String> BELIEF_ADJECTIVES =
      ImmutableSet.of(
          "confident", "convinced", "certain", "sure", "worried", "concerned", "afraid",
          "hopeful", "optimistic", "pessimistic", "aware", "skeptical", "sceptical", "adamant",
          "doubtful", "fearful");

  /**
   * Verbs that name, judge or cite someone's words ("called the plan a 'disaster'", "likened them
   * to 'snakes'"): with one of these, even a one-word quotation is the subject's own words.
   */
  static final ImmutableSet<String> NAMING_VERBS =
      ImmutableSet.of(
          "call", "describe", "label", "dub", "brand", "term", "name", "nickname", "cite",
          "reference", "liken", "compare", "rate", "blast", "criticize", "criticise", "slam",
          "praise", "laud", "hail", "accuse", "deride", "mock", "dismiss", "condemn", "denounce",
          "decry", "characterize", "characterise", "refer", "quote", "tout", "attack",
          "lambaste", "ridicule", "admire", "wonder", "ask", "urge", "vow", "pledge", "promise",
          "blame", "chant", "sing", "question");

  static boolean isNamingLemma(String lemma) {
    return NAMING_VERBS.contains(lemma) || REPORTING_VERBS.contains(lemma);
  }

  static boolean isReportingLemma(String lemma) {
    return REPORTING_VERBS.contains(lemma) || COGNITION_VERBS.contains(lemma);
  }

  /** A verb that can attribute a quotation next to it; "Said Ellis:" is tagged as a name. */
  static boolean isQuoteCue(io.github.quotekit.internal.nlp.Token t) {
    if (t.isVerb()) {
      return isQuoteCueLemma(t.lemma());
    }
    String w = t.word().toLowerCase(java.util.Locale.ROOT);
    return w.equals("said") || w.equals("says") || w.equals("asked") || w.equals("added")
        || w.equals("tweeted") || w.equals("wrote") || w.equals("told"); // tagged as adjectives
  }

  static boolean isQuoteCueLemma(String lemma) {
    return REPORTING_VERBS.contains(lemma) || QUOTE_ONLY_VERBS.contains(lemma);
  }

  /**
   * Nouns for an utterance, which before a colon introduce the quotation that follows it ("issued a
   * statement:", "had a simple message:", "posted a short reply:").
   */
  static final ImmutableSet<String> SPEECH_NOUNS =
      ImmutableSet.of(
          "statement", "comment", "comments", "message", "remark", "remarks", "words", "answer",
          "reply", "response", "question", "warning", "tweet", "post", "plea", "quote", "quotes",
          "line", "verdict", "advice", "slogan", "motto", "assessment", "explanation");

  static final ImmutableSet<String> PERSON_PRONOUNS = ImmutableSet.of("he", "she");
  static final ImmutableSet<String> GROUP_PRONOUNS = ImmutableSet.of("they", "it", "we");

  static boolean isPronoun(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return PERSON_PRONOUNS.contains(w)
        || GROUP_PRONOUNS.contains(w)
        || w.equals("i")
        || w.equals("you")
        || w.equals("who");
  }

  /** Honorifics and titles that stand before a name but are not part of it. */
  static final ImmutableSet<String> TITLES =
      ImmutableSet.of(
          "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
          "president", "vice", "prime", "minister", "secretary", "senator", "sen", "rep",
          "representative", "gov", "governor", "mayor", "gen", "general", "col", "colonel", "lt",
          "sgt", "capt", "captain", "judge", "justice", "chief", "rev", "reverend", "pope",
          "king", "queen", "prince", "princess", "chancellor", "ambassador", "commissioner",
          "director", "speaker", "leader", "chairman", "chairwoman", "chair", "councillor",
          "councilman", "councilwoman", "coach", "officer", "detective", "inspector", "adm",
          "admiral", "st", "candidate", "nominee", "sheriff", "attorney",
          // as British, Australian, Canadian and Indian papers write them before a name
          "cllr", "cr", "coun", "shri", "sri", "smt", "shrimati", "hon", "supt", "insp", "det");

  /**
   * Head nouns of things that report and that "it" may stand for: documents, studies and places
   * that act as bodies ("The city sent a letter. It says ...").
   */
  static final ImmutableSet<String> SOURCE_NOUNS =
      ImmutableSet.of(
          "report", "study", "poll", "survey", "statement", "letter", "lawsuit", "complaint",
          "memo", "document", "filing", "website", "analysis", "ad", "advertisement", "video",
          "book", "article", "paper", "review", "audit", "investigation", "ruling", "order",
          "indictment", "bill", "law", "proposal", "plan", "post", "city", "state", "county",
          "country", "town", "nation", "magazine", "station", "site", "platform", "page");

  /**
   * What a finding comes from when news says it "shows" something: "Polls show ...", "The records
   * showed ...". Beside {@link #SOURCE_NOUNS}.
   */
  static final ImmutableSet<String> EVIDENCE_NOUNS =
      ImmutableSet.of(
          "polling", "data", "figure", "number", "result", "record", "statistic", "average",
          "estimate", "projection", "count", "tally", "return", "research", "finding", "evidence",
          "footage", "photo", "photograph", "image", "picture", "email", "e-mail", "transcript",
          "file", "map", "chart", "graph", "slide", "timeline", "test", "sample", "search",
          "history", "trend", "model", "forecast", "index", "rating", "ranking", "comparison",
          "calculation", "tape", "recording", "log", "list", "receipt", "message", "cable",
          "note", "documentary", "film");

  /** Of {@link #SOURCE_NOUNS}, the places that act as bodies when they speak: "the city said". */
  private static final ImmutableSet<String> PLACE_NOUNS =
      ImmutableSet.of("city", "state", "county", "country", "town", "nation");

  /**
   * Whether a speaker's name ends in the common noun of a document ("the report", "a new poll"),
   * not a place nor a body's name ("the Harbour Post"): such a speaker may be "it", never "he",
   * "she", "they" or "we".
   */
  static boolean namesDocument(String name) {
    String last = name.substring(name.lastIndexOf(' ') + 1);
    return !last.isEmpty() && Character.isLowerCase(last.charAt(0)) && isDocument(last);
  }

  /**
   * Whether {@code lemma} is the noun of a document or finding ("report", "poll", "footage"), not
   * a place, and not one that as often names a person ("a party figure", "the model").
   */
  static boolean isDocument(String lemma) {
    return (SOURCE_NOUNS.contains(lemma) || EVIDENCE_NOUNS.contains(lemma))
        && !PLACE_NOUNS.contains(lemma) && !lemma.matches("figure|model|number");
  }

  /** Things that carry written words: "signs read ...", "stickers reading ...". */
  static final ImmutableSet<String> DISPLAY_NOUNS =
      ImmutableSet.of(
          "sign", "placard", "banner", "sticker", "poster", "shirt", "t-shirt", "button", "cap",
          "hat", "billboard", "badge", "flag", "card", "board", "plaque", "mug", "bumper");

  /**
   * Whether {@code word} (in any case) heads a body's name that goes on past "of",
   * "for" or "to": "the Bureau of Harbour Statistics", "the Institute for Coastal Studies".
   */
  static boolean namesABody(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return ORGANISATION_NOUNS.contains(lower) || BODY_NAME_HEADS.contains(lower);
  }

  /**
   * Words that name what an office is of, after its title and "of": "Secretary of Homeland
   * Security", "Minister of Foreign Affairs", "Chief of Staff".
   */
  static final ImmutableSet<String> OFFICE_WORDS =
      ImmutableSet.of(
          "state", "defense", "defence", "homeland", "security", "foreign", "affairs", "home",
          "justice", "treasury", "commerce", "labor", "labour", "energy", "education", "health",
          "agriculture", "interior", "transportation", "transport", "veterans", "finance",
          "trade", "environment", "housing", "culture", "economy", "war", "navy", "staff");

  /** Heads of bodies' names beyond {@link #ORGANISATION_NOUNS}. */
  private static final ImmutableSet<String> BODY_NAME_HEADS =
      ImmutableSet.of(
          "bureau", "center", "centre", "centers", "centres", "institution", "fund", "chamber",
          "society", "alliance", "academy", "college", "school", "forum", "conference",
          "office", "offices", "institutes", "departments", "ministries", "agencies");

  /** Head nouns of speakers that are organisations rather than people. */
  static final ImmutableSet<String> ORGANISATION_NOUNS =
      ImmutableSet.of(
          "office", "ministry", "department", "government", "agency", "company", "campaign",
          "committee", "council", "administration", "kremlin", "police", "army", "military",
          "court", "commission", "board", "bank", "union", "party", "firm", "group", "team",
          "embassy",
          "newspaper", "network", "organization", "organisation", "foundation", "institute",
          "university", "service", "authority", "authorities", "white", "house", "senate",
          "congress", "parliament", "cabinet", "coalition", "association", "corporation",
          "regulator", "prosecutor", "prosecutors", "club", "league", "federation", "network");

}
