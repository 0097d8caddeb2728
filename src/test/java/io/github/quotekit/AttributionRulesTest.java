package io.github.quotekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each attribution pattern news writing uses, in a sentence or two, and who must be found. */
class AttributionRulesTest {

  static Stream<Arguments> patterns() {
    return Stream.of(
        Arguments.of(
            "quote then cue",
            "Ana Ribeiro runs the clinic. \"We are out of beds,\" Ribeiro said on Monday.",
            "\"We are out of beds,\"", QuoteKind.DIRECT, "Ana Ribeiro", "said"),
        Arguments.of(
            "quote then inverted cue",
            "\"The water is rising fast,\" said Tomas Lind, the harbour master.",
            "\"The water is rising fast,\"", QuoteKind.DIRECT, "Tomas Lind", "said"),
        Arguments.of(
            "cue then quote after a colon",
            "Mayor Lena Okafor said: \"We will not raise taxes this year.\"",
            "\"We will not raise taxes this year.\"", QuoteKind.DIRECT, "Lena Okafor", "said"),
        Arguments.of(
            "told someone, then the quote",
            "Peter Grant told reporters, \"The deal is off and it will stay off.\"",
            "\"The deal is off and it will stay off.\"", QuoteKind.DIRECT, "Peter Grant", "told"),
        Arguments.of(
            "indirect speech after a reporting verb",
            "Health Minister Ana Ribeiro said the hospital would reopen in March.",
            "the hospital would reopen in March", QuoteKind.INDIRECT, "Ana Ribeiro", "said"),
        Arguments.of(
            "reported clause whose subject holds a relative clause",
            "Dana Whitfield, the council's finance chief, spoke on Monday. "
                + "She said families who rent would not qualify for the rebate.",
            "families who rent would not qualify for the rebate", QuoteKind.INDIRECT,
            "Dana Whitfield", "said"),
        Arguments.of(
            "reported clause after the verb when another clause is fronted",
            "As unlikely as it sounds, Kofi Osei said the merger had helped the company.",
            "the merger had helped the company", QuoteKind.INDIRECT, "Kofi Osei", "said"),
        Arguments.of(
            "fronted clause, cue, then a coordinated clause of the writer's",
            "Exports fell 4 percent, the ministry said on Monday, and imports rose sharply.",
            "Exports fell 4 percent", QuoteKind.INDIRECT, "the ministry", "said"),
        Arguments.of(
            "fronted clause, then the verb before a speaker who is no name",
            "The talks broke down within the hour, said one diplomat at the table.",
            "The talks broke down within the hour", QuoteKind.INDIRECT, "one diplomat",
            "said"),
        Arguments.of(
            "\"it\" after a sentence with no cue whose subject is a body",
            "The city sent the campaign a letter on Thursday. It says the rally broke the park's "
                + "rules.",
            "the rally broke the park's rules", QuoteKind.INDIRECT, "the city", "says"),
        Arguments.of(
            "\"who\" after a name is the one named",
            "The ferry union backed Karl Weber, who says the new timetable will not hold.",
            "the new timetable will not hold", QuoteKind.INDIRECT, "Karl Weber", "says"),
        Arguments.of(
            "a question someone put, reported with the one who asked",
            "At the hearing, Ana Ribeiro asked the harbour board whether the cranes had been "
                + "inspected.",
            "whether the cranes had been inspected", QuoteKind.INDIRECT, "Ana Ribeiro", "asked"),
        Arguments.of(
            "a closing inverted cue whose name the parse took for a complement",
            "Lena Okafor runs the port. The port would quietly widen the channel that ships use, "
                + "and over time, the delays would shrink, said Okafor.",
            "The port would quietly widen the channel that ships use, and over time, the delays "
                + "would shrink",
            QuoteKind.INDIRECT, "Lena Okafor", "said"),
        Arguments.of(
            "a closing inverted cue that the parse made a modifier of the name",
            "Lena Okafor runs the port. The ferry would soon double the routes it runs, yet in "
                + "winter, the crossings would stay rare, said Okafor.",
            "The ferry would soon double the routes it runs, yet in winter, the crossings would "
                + "stay rare",
            QuoteKind.INDIRECT, "Lena Okafor", "said"),
        Arguments.of(
            "an adverb before the speaker of a cue inside a relative clause",
            "The board chose the northern route, which even its critics say was the cheapest.",
            "was the cheapest", QuoteKind.INDIRECT, "its critics", "say"),
        Arguments.of(
            "an inverted cue and the speaker's apposition inside the sentence they report",
            "The trouble with the ferry, says Ana Ruiz, a planner at the port, is that it runs "
                + "empty at night.",
            "is that it runs empty at night", QuoteKind.INDIRECT, "Ana Ruiz", "says"),
        Arguments.of(
            "the writer's clause after \"as reported by\" and the source",
            "As reported by the Harbour Gazette, inspectors found cracks in two of the piers.",
            "inspectors found cracks in two of the piers", QuoteKind.INDIRECT,
            "the Harbour Gazette", "reported"),
        Arguments.of(
            "the writer's clause before a closing \"as X noted\"",
            "Karl Weber runs the port. The new cranes would double its trade, as Weber noted "
                + "on Monday.",
            "The new cranes would double its trade", QuoteKind.INDIRECT, "Karl Weber", "noted"),
        Arguments.of(
            "a progressive whose two verbs share an auxiliary is one reported clause",
            "Former Gov. Ana Holt says the mayor is ignoring the harbour rules and showing "
                + "contempt for the ferry crews.",
            "the mayor is ignoring the harbour rules and showing contempt for the ferry crews",
            QuoteKind.INDIRECT,
            "Ana Holt", "says"),
        Arguments.of(
            "a cue inside a relative clause that has no pronoun of its own",
            "Karl Weber runs the port. He backed a levy he said would hurt no families.",
            "would hurt no families", QuoteKind.INDIRECT, "Karl Weber", "said"),
        Arguments.of(
            "a cue inside a relative clause opened by \"that\" with a quantifier as speaker",
            "Port workers have jobs that many economists say are the future of the city.",
            "are the future of the city", QuoteKind.INDIRECT, "many economists", "say"),
        Arguments.of(
            "the writer's contrast after \", though\" is not reported",
            "Voters in each town say the fares are too high, though the council is slow to act.",
            "the fares are too high", QuoteKind.INDIRECT, "Voters", "say"),
        Arguments.of(
            "the writer's contrast after a spaced hyphen is not reported",
            "Aides say the mayor will seek another term - though few expect her to win it.",
            "the mayor will seek another term", QuoteKind.INDIRECT, "Aides", "say"),
        Arguments.of(
            "the writer's comparison after a poll figure is not reported",
            "Among retirees, 26 percent say they have not followed the race, compared with a "
                + "fifth of students.",
            "they have not followed the race", QuoteKind.INDIRECT, "26 percent", "say"),
        Arguments.of(
            "a quotation that names what the object of \"called\" is, with no comma before it",
            "The day after the storm, Gov. Ana Holt called the ferry queues \"shameful.\"",
            "the ferry queues \"shameful.\"", QuoteKind.MIXED, "Ana Holt", "called"),
        Arguments.of(
            "a headline's surname and colon, for a person the article names in full",
            "Holt: The harbour will stay in public hands.\n\nAna Holt, the harbour minister, "
                + "spoke on Monday.",
            "The harbour will stay in public hands", QuoteKind.INDIRECT, "Ana Holt", ":"),
        Arguments.of(
            "a headline's source noun and colon",
            "Poll: Three harbour towns are tight races.\n\nVoters in the towns are split.",
            "Three harbour towns are tight races", QuoteKind.INDIRECT, "Poll", ":"),
        Arguments.of(
            "a fronted clause ending in a quotation, the cue parsed as hanging from it",
            "Karl Weber had sailed with the ferry line since 1990 and was \"a tireless and loyal "
                + "deckhand,\" the statement added.",
            "Karl Weber had sailed with the ferry line since 1990 and was \"a tireless and loyal "
                + "deckhand,\"",
            QuoteKind.MIXED, "the statement", "added"),
        Arguments.of(
            "a reported clause whose own verb is a reporting verb, after a fronted phrase",
            "Local media reported that during the visit this week, the mayor reiterated her "
                + "request.",
            "during the visit this week, the mayor reiterated her request", QuoteKind.INDIRECT,
            "Local media", "reported"),
        Arguments.of(
            "told someone a clause the parse hung on the verb as parataxis",
            "The harbour master told her she had never been a registered pilot.",
            "she had never been a registered pilot", QuoteKind.INDIRECT, "the harbour master",
            "told"),
        Arguments.of(
            "a clause after the verb and a time, hung on the verb as parataxis",
            "The union chief tweeted Friday night he considered Karl Weber the likely winner.",
            "he considered Karl Weber the likely winner", QuoteKind.INDIRECT, "the union chief",
            "tweeted"),
        Arguments.of(
            "a speaker whose noun phrase ends in a participle and its place",
            "Dockers walking along the quay chanted \"Keep the port open!\"",
            "\"Keep the port open!\"", QuoteKind.DIRECT, "Dockers", "chanted"),
        Arguments.of(
            "a closing \"as X noted\" at an article's end with no final mark",
            "Karl Weber runs the port. The new cranes would double its trade, as Weber noted "
                + "on Monday",
            "The new cranes would double its trade", QuoteKind.INDIRECT, "Karl Weber", "noted"),
        Arguments.of(
            "what something is called follows its object and the phrases after it",
            "At the forum, Ana Holt called her position in favour of the harbour levy an error, "
                + "though she added that few had opposed it.",
            "her position in favour of the harbour levy an error", QuoteKind.INDIRECT, "Ana Holt",
            "called"),
        Arguments.of(
            "what something is called, quoted after a phrase of time",
            "Karl Weber called the council vote on Monday \"a serious blow\" to the fishing fleet.",
            "the council vote on Monday \"a serious blow\" to the fishing fleet", QuoteKind.MIXED,
            "Karl Weber", "called"),
        Arguments.of(
            "a reported clause goes on past \", including\"",
            "Ana Holt said the port had several ways to grow, including a rail link to the north.",
            "the port had several ways to grow, including a rail link to the north",
            QuoteKind.INDIRECT, "Ana Holt", "said"),
        Arguments.of(
            "a share of those polled as the speaker",
            "Residents of the valley were polled in May. Roughly one in six say they would move "
                + "away if the mine opened.",
            "they would move away if the mine opened", QuoteKind.INDIRECT, "Roughly one in six",
            "say"),
        Arguments.of(
            "a quantifier as the speaker, set off inside the clause it reports",
            "The toll, many argue, would fall hardest on commuters from the north.",
            "would fall hardest on commuters from the north", QuoteKind.INDIRECT, "many",
            "argue"),
        Arguments.of(
            "what a poll shows, in a phrase with no verb of its own",
            "A county poll released on Sunday shows the harbour levy ahead by nine points.",
            "the harbour levy ahead by nine points", QuoteKind.INDIRECT, "A county poll",
            "shows"),
        Arguments.of(
            "a description after the speaker's name, its closing comma left out",
            "Friday on local radio, Sen. Mina Holt (D-Kent), a supporter of the mayor's bid for a "
                + "second term told host Ana Ruiz she believed the levy would pass.",
            "she believed the levy would pass", QuoteKind.INDIRECT, "Mina Holt", "told"),
        Arguments.of(
            "a cue inside a relative clause, before a past tense read as a participle",
            "Pilots blame the cuts, which they say left the docks open to smugglers.",
            "left the docks open to smugglers", QuoteKind.INDIRECT, "Pilots", "say"),
        Arguments.of(
            "what a poll shows, a name and a participle the parse left loose",
            "A June poll showed Weber taking a third of the harbour workers' votes.",
            "Weber taking a third of the harbour workers' votes", QuoteKind.INDIRECT,
            "A June poll", "showed"),
        Arguments.of(
            "what a poll found, in a phrase with no verb of its own",
            "A new poll found Weber moving ahead of Holt in the north.",
            "Weber moving ahead of Holt in the north", QuoteKind.INDIRECT, "A new poll", "found"),
        Arguments.of(
            "reported clause whose subject carries a participle's phrase",
            "Rice farmers say the canal, built by the state in 1962, has lost a third of its "
                + "water.",
            "the canal, built by the state in 1962, has lost a third of its water",
            QuoteKind.INDIRECT, "Rice farmers", "say"),
        Arguments.of(
            "a reported clause ends where another speaker's act begins",
            "At the hearing, Republicans said the agency had mishandled the inquiry and Democrats "
                + "accused them of stalling.",
            "the agency had mishandled the inquiry", QuoteKind.INDIRECT, "Republicans", "said"),
        Arguments.of(
            "a closing cue reports the whole sentence, whatever clause the parser hung it on",
            "The club decided to move the match to avoid checks by stewards, police or other "
                + "officials who could report the crowd to the league, a source said.",
            "The club decided to move the match to avoid checks by stewards, police or other "
                + "officials who could report the crowd to the league", QuoteKind.INDIRECT,
            "a source", "said"),
        Arguments.of(
            "a closing cue hung on the sentence's last relative clause",
            "Officials moved the patients to a clinic in the suburbs where doctors could treat "
                + "them in private, two nurses said.",
            "Officials moved the patients to a clinic in the suburbs where doctors could treat "
                + "them in private", QuoteKind.INDIRECT, "two nurses", "said"),
        Arguments.of(
            "\"they\" after two people named together; a perfect tense is no participle phrase",
            "Ana Holt and Karl Weber sit on the committee. But Ms. Holt and Mr. Weber say more "
                + "reforms are needed.\n\nThe scheme, which began in 1994, has grown well "
                + "beyond its first purpose, they say.",
            "The scheme, which began in 1994, has grown well beyond its first purpose",
            QuoteKind.INDIRECT, "Ana Holt and Karl Weber", "say"),
        Arguments.of(
            "a subject, then quoted words, then the cue and the writer's participle",
            "Mina Holt visited the port often. The port \"has made real progress on safety,\" Holt "
                + "said in May 2009, citing the new cranes.",
            "The port \"has made real progress on safety,\"", QuoteKind.MIXED, "Mina Holt", "said"),
        Arguments.of(
            "a reported clause ends before the writer's \"although\"",
            "The new terminal, Karl Weber said, was the largest in the region, although it may "
                + "take months to open.",
            "was the largest in the region", QuoteKind.INDIRECT, "Karl Weber", "said"),
        Arguments.of(
            "a speech act: the object and its complement are what was said",
            "Senator Ruth Adler accused the mayor of hiding the report.",
            "the mayor of hiding the report", QuoteKind.INDIRECT, "Ruth Adler", "accused"),
        Arguments.of(
            "a speech act's object keeps the phrases that follow it",
            "Union leader Dana Cole endorsed the mayor, citing her plan after the 2010 floods.",
            "her plan after the 2010 floods", QuoteKind.INDIRECT, "Dana Cole", "citing"),
        Arguments.of(
            "a speech act stops before a clause saying when",
            "Senator Ruth Adler described the budget as reckless after the council cut school "
                + "funds.",
            "the budget as reckless", QuoteKind.INDIRECT, "Ruth Adler", "described"),
        Arguments.of(
            "a vow: what was vowed",
            "Mayor Lena Okafor vowed to rebuild the bridge before the winter.",
            "to rebuild the bridge before the winter", QuoteKind.INDIRECT, "Lena Okafor", "vowed"),
        Arguments.of(
            "a speech act stops before when it happened",
            "The council announced new parking rules for the city centre on Monday.",
            "new parking rules for the city centre", QuoteKind.INDIRECT, "the council", "announced"),
        Arguments.of(
            "what a speaker points to, without the preposition",
            "Mina Holt pointed to the rise in harbour fees since 2019.",
            "the rise in harbour fees since 2019", QuoteKind.INDIRECT, "Mina Holt", "pointed to"),
        Arguments.of(
            "a speech act's preposition belongs to the cue, not to what was called for",
            "Mina Holt called for a second ferry to the outer islands.",
            "a second ferry to the outer islands", QuoteKind.INDIRECT, "Mina Holt", "called for"),
        Arguments.of(
            "a verb's own preposition right after it is part of the cue",
            "The skippers' union commented on the new toll in a letter to members.",
            "the new toll", QuoteKind.INDIRECT, "the skippers' union", "commented on"),
        Arguments.of(
            "a second reason inside what was said is no report of its own",
            "Tom Reyes said the pier could close not only because it is old but also because "
                + "the board denied the firm a permit.",
            "the pier could close not only because it is old but also because the board denied "
                + "the firm a permit", QuoteKind.INDIRECT, "Tom Reyes", "said"),
        Arguments.of(
            "a predicate the parse cut from the complement's last noun",
            "Inspectors said the audit began only after the first report on the pier was filed "
                + "and approved by the board.",
            "the audit began only after the first report on the pier was filed and approved by "
                + "the board", QuoteKind.INDIRECT, "Inspectors", "said"),
        Arguments.of(
            "a finding speaks for the author named after it",
            "Ferry tickets will cost a third more by spring, according to estimates by Ana Holt "
                + "of the Coastal University.",
            "Ferry tickets will cost a third more by spring", QuoteKind.INDIRECT, "Ana Holt",
            "according to"),
        Arguments.of(
            "a participle that opens the sentence is the main clause's subject's",
            "Claiming the review of the ferry was unfair, Mina Holt said the board had erred.",
            "the review of the ferry was unfair", QuoteKind.INDIRECT, "Mina Holt", "Claiming"),
        Arguments.of(
            "an opening participle ends at the comma before the main clause",
            "Saying the toll was too high, Karl Weber voted against it.",
            "the toll was too high", QuoteKind.INDIRECT, "Karl Weber", "Saying"),
        Arguments.of(
            "what a speaker spoke about",
            "Mayor Lena Okafor spoke about the flooding of the lower town.",
            "the flooding of the lower town", QuoteKind.INDIRECT, "Lena Okafor", "spoke about"),
        Arguments.of(
            "a speech act whose object is a name alone",
            "Union leader Dana Cole endorsed Weber in February.",
            "Weber", QuoteKind.INDIRECT, "Dana Cole", "endorsed"),
        Arguments.of(
            "a name alone is not the content when more follows it",
            "Mina Holt accused Weber, the harbour master and head of the board, of being \"far too "
                + "quiet\" on the dredging.",
            "Weber, the harbour master and head of the board, of being \"far too quiet\" on the "
                + "dredging", QuoteKind.MIXED, "Mina Holt", "accused"),
        Arguments.of(
            "a verb of saying with an object: what was recalled",
            "Mayor Lena Okafor recalled the floods of 1953 in her speech.",
            "the floods of 1953", QuoteKind.INDIRECT, "Lena Okafor", "recalled"),
        Arguments.of(
            "a verb of saying with an object: what was tweeted",
            "Mina Holt tweeted her support for the strikers.",
            "her support for the strikers", QuoteKind.INDIRECT, "Mina Holt", "tweeted"),
        Arguments.of(
            "a verb of saying with an object: what was voiced",
            "Mayor Lena Okafor voiced support for the striking dock workers.",
            "support for the striking dock workers", QuoteKind.INDIRECT, "Lena Okafor", "voiced"),
        Arguments.of(
            "a verb of saying with an object: what was reported",
            "The ferry company reported a loss of 2 million pounds for the winter.",
            "a loss of 2 million pounds for the winter", QuoteKind.INDIRECT, "the ferry company",
            "reported"),
        Arguments.of(
            "a verb of saying with an object: what was offered in words",
            "Mayor Lena Okafor offered her condolences to the crew's relatives.",
            "her condolences to the crew's relatives", QuoteKind.INDIRECT, "Lena Okafor",
            "offered"),
        Arguments.of(
            "an infinitive the parse reads as an oblique: \"going on to claim\"",
            "\"We will not go back to that time,\" Ruiz said, going on to claim that the town has spent "
                + "\"many long years fighting for the harbour and all that, to lose it now.\"",
            "the town has spent \"many long years fighting for the harbour and all that, to lose "
                + "it now.\"", QuoteKind.MIXED, "Ruiz", "claim"),
        Arguments.of(
            "a verb of saying with an object: what was stressed",
            "On Monday, Mayor Lena Okafor stressed the urgency of a new sea wall.",
            "the urgency of a new sea wall", QuoteKind.INDIRECT, "Lena Okafor", "stressed"),
        Arguments.of(
            "a view: what someone sees a thing as",
            "Many skippers see the new levy as a threat to the small boats.",
            "the new levy as a threat to the small boats", QuoteKind.INDIRECT, "Many skippers",
            "see"),
        Arguments.of(
            "what a speaker railed against",
            "Mayor Lena Okafor railed against the new levy on cruise ships.",
            "the new levy on cruise ships", QuoteKind.INDIRECT, "Lena Okafor", "railed against"),
        Arguments.of(
            "a view: what someone considers a thing",
            "Many skippers consider the new levy a threat to the small boats.",
            "the new levy a threat to the small boats", QuoteKind.INDIRECT, "Many skippers",
            "consider"),
        Arguments.of(
            "a phrase right after the object is the object's, even with \"at\"",
            "Mina Holt recalled a quarrel at a local cafe that upset her brother.",
            "a quarrel at a local cafe that upset her brother", QuoteKind.INDIRECT, "Mina Holt",
            "recalled"),
        Arguments.of(
            "but not where the saying happened",
            "Mayor Lena Okafor praised the ferry crews at a rally in the harbour.",
            "the ferry crews", QuoteKind.INDIRECT, "Lena Okafor", "praised"),
        Arguments.of(
            "a second clause with \"that\" is more of what was said, whatever its subject",
            "Voters think Weber improved the port, but that there are many gaps left.",
            "Weber improved the port, but that there are many gaps left", QuoteKind.INDIRECT,
            "Voters", "think"),
        Arguments.of(
            "a belief told by an adjective and a clause",
            "Mayor Lena Okafor is confident that the new levy will pass in May.",
            "the new levy will pass in May", QuoteKind.INDIRECT, "Lena Okafor", "confident"),
        Arguments.of(
            "a belief told by a participle read as a passive",
            "Mayor Lena Okafor was concerned that the new levy would fail in May.",
            "the new levy would fail in May", QuoteKind.INDIRECT, "Lena Okafor", "concerned"),
        Arguments.of(
            "what a speaker speaks of, with quoted words",
            "Mina Holt often speaks of building \"a wider harbour\" for the town.",
            "building \"a wider harbour\" for the town", QuoteKind.MIXED, "Mina Holt", "speaks of"),
        Arguments.of(
            "a participle after a quotation's cue is the cue's speaker's",
            "\"The tide has turned,\" Karl Weber said, referring to the new ferry timetable.",
            "the new ferry timetable", QuoteKind.INDIRECT, "Karl Weber", "referring to"),
        Arguments.of(
            "a speech act set off after a quotation's cue is the cue's speaker's",
            "\"The tide has turned,\" Karl Weber said, citing the new ferry timetable.",
            "the new ferry timetable", QuoteKind.INDIRECT, "Karl Weber", "citing"),
        Arguments.of(
            "a list of quoted labels is one report",
            "Mina Holt called the harbour board a \"closed shop,\" an \"old boys' club,\" \"deaf\" and \"slow.\"",
            "the harbour board a \"closed shop,\" an \"old boys' club,\" \"deaf\" and \"slow.\"", QuoteKind.MIXED,
            "Mina Holt", "called"),
        Arguments.of(
            "a participle after an adverb is the writer's, not the report's",
            "President Lena Okafor told the dockers the strike would be a \"costly mistake\" for "
                + "the port, plainly hoping to end it by Friday.",
            "the strike would be a \"costly mistake\" for the port", QuoteKind.MIXED,
            "Lena Okafor", "told"),
        Arguments.of(
            "a noun for an utterance before a colon",
            "Ana Ribeiro runs the clinic. The nurses' union had a blunt message for the board: "
                + "\"Pay us what we are owed.\"",
            "\"Pay us what we are owed.\"", QuoteKind.DIRECT, "the nurses' union", "message"),
        Arguments.of(
            "a participle's speaker is the person the footage shows",
            "The union's video shows footage of Lena Okafor asking, \"Who pays for the dredging?\"",
            "\"Who pays for the dredging?\"", QuoteKind.DIRECT, "Lena Okafor", "asking"),
        Arguments.of(
            "a participle phrase before the cue is not what was said",
            "Arriving at the depot on Monday, Mina Holt said the buses would run again by noon.",
            "the buses would run again by noon", QuoteKind.INDIRECT, "Mina Holt", "said"),
        Arguments.of(
            "a quotation that ends a reported clause opened by a subordinator",
            "Karl Weber spoke at the quay, arguing that if the wall is not raised, "
                + "\"the next storm will take the fish market.\"",
            "if the wall is not raised, \"the next storm will take the fish market.\"", QuoteKind.MIXED,
            "Karl Weber", "arguing"),
        Arguments.of(
            "a participle after a dash is the writer's aside",
            "Karl Weber said the mayor \"plainly\" held enough votes for the budget -- having "
                + "argued the opposite a week before.",
            "the mayor \"plainly\" held enough votes for the budget", QuoteKind.MIXED,
            "Karl Weber", "said"),
        Arguments.of(
            "a participle after a comma inside the closing mark ends the report",
            "Mina Holt said the council would \"shut every branch library in the county,\" while "
                + "setting out a rival budget.",
            "the council would \"shut every branch library in the county,\"", QuoteKind.MIXED,
            "Mina Holt", "said"),
        Arguments.of(
            "'before' and a participle are when it was said",
            "Karl Weber told dock workers that the paper \"never prints our side\" before "
                + "proposing a boycott of it.",
            "the paper \"never prints our side\"", QuoteKind.MIXED, "Karl Weber", "told"),
        Arguments.of(
            "fronted clause, then the verb and a name the parse takes for its object",
            "Should the ferry stop, the island's shops would lose half their trade, warned "
                + "Karl Weber, who chairs the committee.",
            "Should the ferry stop, the island's shops would lose half their trade",
            QuoteKind.INDIRECT, "Karl Weber", "warned"),
        Arguments.of(
            "the subject of the reported clause may carry a relative clause between commas",
            "The pilots' union said the contract, which the board signed in March without a vote, "
                + "puts every ship at risk.",
            "the contract, which the board signed in March without a vote, puts every ship at "
                + "risk", QuoteKind.INDIRECT, "the pilots' union", "said"),
        Arguments.of(
            "another speech act with its own subject ends the reported clause",
            "Inspector Mina Holt said the harbour accounts were in order, but she urged the "
                + "board to hire a second auditor.",
            "the harbour accounts were in order", QuoteKind.INDIRECT, "Mina Holt", "said"),
        Arguments.of(
            "'As X put it,' before a quotation",
            "As the harbour master Marc Lenoir put it, \"the tide does not wait for a committee.\"",
            "\"the tide does not wait for a committee.\"", QuoteKind.DIRECT,
            "Marc Lenoir", "put it"),
        Arguments.of(
            "any verb between a quotation and a name after it",
            "\"Since when does the ferry run on Sundays?\" retorted Karl Weber.",
            "\"Since when does the ferry run on Sundays?\"", QuoteKind.DIRECT, "Karl Weber",
            "retorted"),
        Arguments.of(
            "any verb between a quotation's comma and the end of its sentence, after a name",
            "Karl Weber runs the ferry. \"Nobody reads the timetable anyway,\" Weber shrugged.",
            "\"Nobody reads the timetable anyway,\"", QuoteKind.DIRECT, "Karl Weber",
            "shrugged"),
        Arguments.of(
            "any verb between a quotation's question mark and the end, after a pronoun",
            "Lena Okafor looked at the cranes. \"Who paid for these?\" she grumbled loudly.",
            "\"Who paid for these?\"", QuoteKind.DIRECT, "Lena Okafor", "grumbled"),
        Arguments.of(
            "any verb of a person's right before a colon and a quotation",
            "Karl Weber climbed onto the crane and bellowed: \"Nobody leaves until it is fixed.\"",
            "\"Nobody leaves until it is fixed.\"", QuoteKind.DIRECT, "Karl Weber", "bellowed"),
        Arguments.of(
            "a person's verb and its adverb right before a comma and a quotation",
            "Asked about the delays, Karl Weber shot back, \"Ask the port, not me.\"",
            "\"Ask the port, not me.\"", QuoteKind.DIRECT, "Karl Weber", "shot back"),
        Arguments.of(
            "a quotation, a pronoun and a verb with its particle",
            "Lena Okafor runs the port. \"Nobody reads the timetable,\" she points out.",
            "\"Nobody reads the timetable,\"", QuoteKind.DIRECT, "Lena Okafor", "points out"),
        Arguments.of(
            "'As X, an apposition, put it:' before a quotation",
            "As Marc Lenoir, the harbour master, put it: \"The tide does not wait.\"",
            "\"The tide does not wait.\"", QuoteKind.DIRECT, "Marc Lenoir", "put it"),
        Arguments.of(
            "a pronoun after a quotation is not a person the quotation names",
            "Tomas Lind has run the ferry for years. \"Karl Weber never came to see the boats,\" "
                + "he said.",
            "\"Karl Weber never came to see the boats,\"", QuoteKind.DIRECT, "Tomas Lind",
            "said"),
        Arguments.of(
            "any verb after a quotation's comma, then a name and when",
            "Karl Weber runs the ferry. \"We will not give up on this,\" Weber fumed on Tuesday.",
            "\"We will not give up on this,\"", QuoteKind.DIRECT, "Karl Weber", "fumed"),
        Arguments.of(
            "any verb after an exclamation, then a name and where the speaker is from",
            "\"The tide is turning!\" beamed Tomas Lind of Dover, who came early.",
            "\"The tide is turning!\"", QuoteKind.DIRECT, "Tomas Lind", "beamed"),
        Arguments.of(
            "a quotation after a sentence about a person named after an owner in the possessive",
            "\"The port is losing money,\" said Karl Weber, head of the union. Harbour College's "
                + "Ana Ruiz agreed. \"The yard has until spring to sell its last two boats.\"",
            "\"The yard has until spring to sell its last two boats.\"", QuoteKind.DIRECT,
            "Ana Ruiz",
            null),
        Arguments.of(
            "a person's sentence that introduces a quotation with a colon",
            "Mina Holt spoke on Monday. Holt later took the blame for the delays: \"We should "
                + "have hired more crews sooner. That one is on me.\"",
            "\"We should have hired more crews sooner. That one is on me.\"", QuoteKind.DIRECT,
            "Mina Holt", ":"),
        Arguments.of(
            "a participle after a comma belongs to the main clause, not its complement",
            "Karl Weber denied the report that the board will resign, explaining that he had "
                + "missed the vote as he was \"at my daughter's wedding.\"",
            "he had missed the vote as he was \"at my daughter's wedding.\"", QuoteKind.MIXED,
            "Karl Weber", "explaining"),
        Arguments.of(
            "a participle after a comma, when the parse hung it on the reported clause",
            "Karl Weber said the closure felt like the strike of 1990, explaining, \"nobody "
                + "builds boats here any more.\"",
            "\"nobody builds boats here any more.\"", QuoteKind.DIRECT, "Karl Weber",
            "explaining"),
        Arguments.of(
            "a quotation in the 'that' clause of someone's claim is the claim's owner's",
            "Karl Weber runs the union. The Harbour Times pounced on Weber's claim that the "
                + "ferry carried \"a million passengers\" in its first year.",
            "the ferry carried \"a million passengers\" in its first year", QuoteKind.MIXED,
            "Karl Weber", "claim"),
        Arguments.of(
            "reported clause before the cue",
            "The strike will go ahead on Friday, the union said.",
            "The strike will go ahead on Friday", QuoteKind.INDIRECT, "the union", "said"),
        Arguments.of(
            "according to",
            "According to the ministry, 40 schools will close by June.",
            "40 schools will close by June", QuoteKind.INDIRECT, "the ministry", "According to"),
        Arguments.of(
            "according to X inside a sentence whose main verb comes after it",
            "At the centre of the quarrel, according to Karl Weber, a former harbour pilot, was a "
                + "plan by the board to sell the cranes.",
            "was a plan by the board to sell the cranes", QuoteKind.INDIRECT, "Karl Weber",
            "according to"),
        Arguments.of(
            "according to X after a fronted phrase, before the clause it reports",
            "But a week later, according to the ministry, the board asked for more land.",
            "the board asked for more land", QuoteKind.INDIRECT, "the ministry",
            "according to"),
        Arguments.of(
            "according to X inside a sentence after its whole clause",
            "The port sold its cranes in May, according to the ministry, and the ferry stopped in "
                + "June.",
            "The port sold its cranes in May", QuoteKind.INDIRECT, "the ministry",
            "according to"),
        Arguments.of(
            "mixed quote",
            "Karl Weber said the proposal was \"dead on arrival\" and would be withdrawn.",
            "the proposal was \"dead on arrival\" and would be withdrawn",
            QuoteKind.MIXED, "Karl Weber", "said"),
        Arguments.of(
            "saying clause takes the subject above it",
            "Defense Secretary Pete Hegseth spoke in Brussels, saying the alliance must spend more.",
            "the alliance must spend more", QuoteKind.INDIRECT, "Pete Hegseth", "saying"),
        Arguments.of(
            "surname resolves to the full name",
            "Volodymyr Zelenskiy met the envoy. Zelenskiy said the talks had been useful.",
            "the talks had been useful", QuoteKind.INDIRECT, "Volodymyr Zelenskiy", "said"),
        Arguments.of(
            "a surname that is also a title, after an honorific",
            "Daniel Judge, a retired teacher, chairs the inquiry. Mr. Judge said the hearings "
                + "would resume in June.",
            "the hearings would resume in June", QuoteKind.INDIRECT, "Daniel Judge", "said"),
        Arguments.of(
            "pronoun resolves to the person before it",
            "Maria Lopez chairs the committee. She said the report would be published soon.",
            "the report would be published soon", QuoteKind.INDIRECT, "Maria Lopez", "said"),
        Arguments.of(
            "a pronoun that spoke before keeps its person over a name in what was said",
            "Karl Weber chairs the harbour board. He said he and Tomas Lind disagree on the "
                + "budget. He also said the vote would wait until May.",
            "the vote would wait until May", QuoteKind.INDIRECT, "Karl Weber", "said"),
        Arguments.of(
            "a pronoun goes back to the one who spoke, not to a name they spoke about",
            "Even Ann Marsh, who chairs the committee, and Karl Weber are in trouble, Tom Tester "
                + "said. He said Weber could lose in May.",
            "Weber could lose in May", QuoteKind.INDIRECT, "Tom Tester", "said"),
        Arguments.of(
            "of two who spoke in the sentence before, the pronoun is the main clause's speaker",
            "When Karl Weber asked about the vote, Tom Tester said the count was close. He said a "
                + "recount could take a week.",
            "a recount could take a week", QuoteKind.INDIRECT, "Tom Tester", "said"),
        Arguments.of(
            "a spokeswoman is named with the body she speaks for",
            "A spokeswoman for the Harbour Board said the ferry talks had failed.",
            "the ferry talks had failed", QuoteKind.INDIRECT, "A spokeswoman for the Harbour Board",
            "said"),
        Arguments.of(
            "aides are named with the person they serve",
            "Aides to Karl Weber said the ferry talks had failed.",
            "the ferry talks had failed", QuoteKind.INDIRECT, "Aides to Karl Weber", "said"),
        Arguments.of(
            "a title with an \"of\" phrase before a name names the person",
            "Former secretary of state Ana Ruiz said the ferry talks had failed.",
            "the ferry talks had failed", QuoteKind.INDIRECT, "Ana Ruiz", "said"),
        Arguments.of(
            "organisation with a possessive",
            "Zelenskiy's office said the call lasted an hour.",
            "the call lasted an hour", QuoteKind.INDIRECT, "Zelenskiy's office", "said"),
        Arguments.of(
            "a quotation that ends a clause reported before it, after a comma",
            "Lena Okafor spoke on Tuesday. She said the flooding was not mainly the builders' "
                + "fault, \"not even close.\"",
            "the flooding was not mainly the builders' fault, \"not even close.\"",
            QuoteKind.MIXED, "Lena Okafor", "said"),
        Arguments.of(
            "inverted cue before \"one\" and a noun the tagger reads as an adjective",
            "\"We will spend whatever it takes,\" said one Republican tied to the budget talks.",
            "\"We will spend whatever it takes,\"", QuoteKind.DIRECT, "one Republican", "said"),
        Arguments.of(
            "the second half of a quotation goes on with the first's cue past a long aside",
            "\u201cMany riders are worried this summer,\u201d Karl Weber told the Gazette by "
                + "email explaining why he is standing for the board, \u201cbut most of them "
                + "want the ferry kept.\u201d",
            "\u201cbut most of them want the ferry kept.\u201d", QuoteKind.DIRECT, "Karl Weber",
            "told"),
        Arguments.of(
            "a reporting verb read as a noun after a subject with a phrase of its own",
            "\u201cWe will close the pier by May,\u201d a notice on the harbour gate states.",
            "\u201cWe will close the pier by May,\u201d", QuoteKind.DIRECT, "a notice", "states"),
        Arguments.of(
            "a reporting verb the tagger reads as a noun after its subject",
            "The council met on Monday. \"If she wants the job, Okafor should act like it,\" "
                + "the editorial read.",
            "\"If she wants the job, Okafor should act like it,\"", QuoteKind.DIRECT,
            "the editorial", "read"),
        Arguments.of(
            "\", saying\" after a noun the parse takes for the participle's subject",
            "Tomas Lind noted his years as mayor representing the port, saying \"we rebuilt it "
                + "together.\"",
            "\"we rebuilt it together.\"", QuoteKind.DIRECT, "Tomas Lind", "saying"),
        Arguments.of(
            "a participle after a quotation does not make its object the speaker",
            "Lena Okafor spoke after the vote but said, \"We will change the way we meet,\" "
                + "promising the members a fresh start.",
            "\"We will change the way we meet,\"", QuoteKind.DIRECT, "Lena Okafor", "said"),
        Arguments.of(
            "inverted cue and a name before a comma and the quotation",
            "Because of how the rules were written, explained Rosenberg, \"with this over by "
                + "March, there is no way to catch up.\"",
            "\"with this over by March, there is no way to catch up.\"", QuoteKind.DIRECT,
            "Rosenberg", "explained"),
        Arguments.of(
            "the one told, named before the comma, is not the speaker",
            "Lena Okafor told Tomas Lind, \"Go home and rest.\"",
            "\"Go home and rest.\"", QuoteKind.DIRECT, "Lena Okafor", "told"),
        Arguments.of(
            "described the object, after when it was said, as a quotation",
            "Mina Holt described the council during an interview as \"a relic of another "
                + "era.\"",
            "the council during an interview as \"a relic of another era.\"",
            QuoteKind.MIXED, "Mina Holt", "described"),
        Arguments.of(
            "described the object as a quotation",
            "Okafor describes herself as \"a careful reformer.\"",
            "herself as \"a careful reformer.\"", QuoteKind.MIXED, "Okafor", "describes"),
        Arguments.of(
            "a speech act's content stops where another speaker's report begins",
            "Ana Ruiz accuses Okafor of \"ruling from behind\" and Karl Weber says she is "
                + "\"losing the port.\"",
            "Okafor of \"ruling from behind\"", QuoteKind.MIXED, "Ana Ruiz", "accuses"),
        Arguments.of(
            "a quotation after a setup sentence whose subject follows a programme's title",
            "\"We need calm,\" Tomas Lind said on Monday.\n\nOn \"Face the Harbour,\" Sen. Ana "
                + "Ruiz (Vt.), who lost the primary to Lind, identified fatigue with the feud as "
                + "a cause. \"The young have had enough of it.\"",
            "\"The young have had enough of it.\"", QuoteKind.DIRECT, "Ana Ruiz",
            null),
        Arguments.of(
            "a quotation that opens with a name and a colon, then an inverted cue",
            "Lena Okafor posted the photo on Monday.\n\n\"Okafor: Your figures come from "
                + "doctored photos? I helped you twice,\" tweeted Prince Edmund, the cousin of the "
                + "old duke, on Thursday.",
            "\"Okafor: Your figures come from doctored photos? I helped you twice,\"",
            QuoteKind.DIRECT, "Edmund", "tweeted"),
        Arguments.of(
            "an inverted cue before an age used as a noun",
            "Mina Holt spoke at the rally. \"Now she will get the port working again,\" said the "
                + "52-year-old.",
            "\"Now she will get the port working again,\"", QuoteKind.DIRECT, "the 52-year-old",
            "said"),
        Arguments.of(
            "a reported clause whose subject's relative clause holds an infinitive",
            "On the radio, Okafor said every skipper who hopes to land a catch here \"needs a "
                + "permit\" from the harbour office.",
            "every skipper who hopes to land a catch here \"needs a permit\" from the harbour "
                + "office",
            QuoteKind.MIXED, "Okafor", "said"),
        Arguments.of(
            "a reported clause that opens with a possessive \"her\"",
            "Lena Okafor has suggested her son would be used for \"odd jobs\" in the port.",
            "her son would be used for \"odd jobs\" in the port", QuoteKind.MIXED,
            "Lena Okafor", "suggested"),
        Arguments.of(
            "a full stop where the comma belongs, then a sentence that is only the cue",
            "Karl Weber lost the ledger. \"Karl, if this reaches you, please bring back the "
                + "ledger.\" Okafor said.",
            "\"Karl, if this reaches you, please bring back the ledger.\"",
            QuoteKind.DIRECT, "Okafor", "said"),
        Arguments.of(
            "a name, then the verb read as a plural noun",
            "Lena Okafor chairs the board. \"Read what the harbour board printed last "
                + "spring,\" Okafor notes.",
            "\"Read what the harbour board printed last spring,\"", QuoteKind.DIRECT,
            "Lena Okafor", "notes"),
        Arguments.of(
            "a participle after an infinitive's subject belongs to the main clause",
            "Mina Holt is the mayor. After the vote, Holt pressed for Weber to quit, calling him "
                + "\"the worst clerk in memory.\"",
            "him \"the worst clerk in memory.\"", QuoteKind.MIXED, "Mina Holt", "calling"),
        Arguments.of(
            "a person's sentence that introduces whole quoted sentences after a comma",
            "On Friday, Okafor confessed her doubts to a room of donors at the yacht club, "
                + "\"Nobody can tell which version of Weber we will get. He may even be polite.\"",
            "\"Nobody can tell which version of Weber we will get. He may even be polite.\"",
            QuoteKind.DIRECT, "Okafor", ","),
        Arguments.of(
            "two names the recogniser runs together across a spaced dash",
            "And port chairman Tomas Lind - Karl Weber's former aide - handed out leaflets. "
                + "\"Vote early,\" Lind said.",
            "\"Vote early,\"", QuoteKind.DIRECT, "Tomas Lind", "said"),
        Arguments.of(
            "a verb coordinated with a passive shares its subject",
            "Okafor was greeted at the pier by Lind and quipped, \"Bring your own umbrellas "
                + "next time.\"",
            "\"Bring your own umbrellas next time.\"", QuoteKind.DIRECT, "Okafor", "quipped"),
        Arguments.of(
            "cue, comma, a quotation closed by a comma, then the writer's participle",
            "Okafor said, \"Bring your own umbrellas next time,\" prompting laughter from the "
                + "crowd.",
            "\"Bring your own umbrellas next time,\"", QuoteKind.DIRECT, "Okafor", "said"),
        Arguments.of(
            "cue, comma, a quotation, then only when it was said",
            "Weber said, \"We are done here\" in a statement on Friday.",
            "\"We are done here\"", QuoteKind.DIRECT, "Weber", "said"),
        Arguments.of(
            "a speech verb the parse joins to a relative clause about a thing",
            "Karl Weber spoke first. Lena Okafor praised the 1998 scheme that rescued the ferry "
                + "at a debate hosted by the Courier and said she brings what the island needs: "
                + "\"Patience, and a long memory.\"",
            "\"Patience, and a long memory.\"", QuoteKind.DIRECT, "Lena Okafor", "said"),
        Arguments.of(
            "a reported clause whose subject holds a noun's infinitive",
            "Governor Karl Weber said his deputy's plan to close the old pier was only \"a first "
                + "step\" toward a new harbour.",
            "his deputy's plan to close the old pier was only \"a first step\" toward a new "
                + "harbour",
            QuoteKind.MIXED, "Karl Weber", "said"),
        Arguments.of(
            "a reported clause whose subject holds someone's aside in a relative clause",
            "Tomas Okafor spoke next. Okafor said that the council's new parking rule, which some "
                + "have claimed was written to please the shop owners, is \"a slap in the face\" "
                + "to commuters.",
            "the council's new parking rule, which some have claimed was written to please the "
                + "shop owners, is \"a slap in the face\" to commuters",
            QuoteKind.MIXED, "Tomas Okafor", "said"),
        Arguments.of(
            "a subject whose relative clauses leave the parse without a main verb",
            "A deckhand who prayed at the chapel on the quay and who did not want his name "
                + "printed said he saw Lind dump \"old nets\" in the bay.",
            "he saw Lind dump \"old nets\" in the bay", QuoteKind.MIXED, "A deckhand", "said"),
        Arguments.of(
            "a fronted clause headed by an adjective, a verb of belief in its quoted words",
            "Ingrid Sola runs the harbour office. At the harbour, fishermen may be ready to pay "
                + "higher fees \"since they expect the new pier to last,\" Sola said.",
            "At the harbour, fishermen may be ready to pay higher fees \"since they expect the "
                + "new pier to last,\"",
            QuoteKind.MIXED, "Ingrid Sola", "said"),
        Arguments.of(
            "a name the tagger reads as an adjective, then the cue",
            "Karen Devine chairs the port board. \u201cThe ferry will sail again,\u201d Devine "
                + "declared.",
            "\u201cThe ferry will sail again,\u201d", QuoteKind.DIRECT, "Karen Devine", "declared"),
        Arguments.of(
            "a quotation in lower case completes the clause the writer began before the cue",
            "Karl Weber is the harbour master. The new ferry, built in just two years, \u201cwill "
                + "change the island,\u201d Weber said.",
            "The new ferry, built in just two years, \u201cwill change the island,\u201d",
            QuoteKind.MIXED, "Karl Weber", "said"),
        Arguments.of(
            "the same with the name after the verb, parsed as its object",
            "The fair, held every year on the quay, \"brings the town its trade,\" said Tomas "
                + "Okafor, who runs the inn.",
            "The fair, held every year on the quay, \"brings the town its trade,\"",
            QuoteKind.MIXED, "Tomas Okafor", "said"),
        Arguments.of(
            "a participle after a clause that another verb reports is the reporter's",
            "Lena Okafor also complained that Weber is too rigid, suggesting the harbour master "
                + "sees every rule as \u201ccarved in stone.\u201d",
            "the harbour master sees every rule as \u201ccarved in stone.\u201d",
            QuoteKind.MIXED, "Lena Okafor", "suggesting"),
        Arguments.of(
            "a name set off by a comma opens the attribution, whatever the parse of its apposition",
            "\u201cThe port needs a plan for the winter,\u201d Ana Ruiz, the harbour expert who "
                + "founded harbourdata.org tweeted on Wednesday.",
            "\u201cThe port needs a plan for the winter,\u201d", QuoteKind.DIRECT, "Ana Ruiz",
            "tweeted"),
        Arguments.of(
            "a participle after \"before\" belongs to the reporter, not to the reported clause",
            "Ruiz said the new toll has \u201ckept the pier open\u201d on the radio before "
                + "claiming that the old fees are \u201cdriving boats away.\u201d",
            "the old fees are \u201cdriving boats away.\u201d", QuoteKind.MIXED, "Ruiz",
            "claiming"),
        Arguments.of(
            "a verb before the speaker's title and name, then a colon",
            "Ruiz paused. In other words, explained radio host Lena Fisk: \u201cHow is any of "
                + "that linked to the fees?\u201d",
            "\u201cHow is any of that linked to the fees?\u201d", QuoteKind.DIRECT, "Lena Fisk",
            "explained"),
        Arguments.of(
            "a reported clause whose subject holds a title, parsed as a loose dependent",
            "Weber said his 2010 book The Truth About Ports detailed how the mayor was \u201cpart "
                + "of the effort to hide the leaks.\u201d",
            "his 2010 book The Truth About Ports detailed how the mayor was \u201cpart of the "
                + "effort to hide the leaks.\u201d",
            QuoteKind.MIXED, "Weber", "said"),
        Arguments.of(
            "a reader's post behind a direction mark, opened with a closing mark",
            "The post drew replies.\n\n\u202a\u201dYou were right to walk out of the vote, and "
                + "the whole quay stands with you!\u201d posted Ana Ruiz.",
            "\u201dYou were right to walk out of the vote, and the whole quay stands with "
                + "you!\u201d",
            QuoteKind.DIRECT,
            "Ana Ruiz", "posted"),
        Arguments.of(
            "\"a\" or \"an\", a name and a verb of manner after the quotation",
            "Weber said the port had lost its soul. \u201cThe port will always be the "
                + "port,\u201d an angry Okafor bristled.",
            "\u201cThe port will always be the port,\u201d", QuoteKind.DIRECT, "Okafor",
            "bristled"),
        Arguments.of(
            "a second cue the parse joins to the clause the first one reports",
            "Ruiz, 70, said it was far too soon to cheer but added, \u201cI think you all know "
                + "the result.\u201d",
            "\u201cI think you all know the result.\u201d", QuoteKind.DIRECT, "Ruiz", "added"),
        Arguments.of(
            "a question put by no one named does not end the run of the speaker's quotes",
            "\u201cAnyone but the mayor,\u201d Okafor told NPR during an interview when asked to "
                + "name the candidate she would back.\n\n\u201cI think the mayor means ruin for this "
                + "port and for every family that lives by it.\u201d",
            "\u201cI think the mayor means ruin for this port and for every family that lives by "
                + "it.\u201d",
            QuoteKind.DIRECT, "Okafor", null),
        Arguments.of(
            "an unlisted verb of manner with a prepositional complement after the quotation",
            "Karl Weber took the stage in Dover. \u201cSave your breath - the answer is "
                + "no,\u201d Weber riffed on the mayor's reply to whether the budget was sound, "
                + "drawing cheers and laughs from the hall.",
            "\u201cSave your breath - the answer is no,\u201d", QuoteKind.DIRECT, "Karl Weber",
            "riffed"),
        Arguments.of(
            "a paragraph that announces speech gives the quote paragraph after it its speaker",
            "The hearing ran late.\n\nKarl Weber continued his remarks.\n\n\u201cThe port "
                + "has been sold twice and nobody asked the town.\u201d",
            "\u201cThe port has been sold twice and nobody asked the town.\u201d",
            QuoteKind.DIRECT, "Karl Weber", null),
        Arguments.of(
            "another speaker's report in the attribution's own clause does not end the run",
            "\u201cYou have been very kind,\u201d Okafor assured Ruiz, after Ruiz assured Okafor "
                + "that the harbour would stay open. \u201cYou can count on the harbour.\u201d",
            "\u201cYou can count on the harbour.\u201d", QuoteKind.DIRECT, "Okafor", null),
        Arguments.of(
            "a verb of manner with a particle and a manner phrase after the quotation",
            "Ruiz and Okafor waited by the gate. \u201cLook at the crowd,\u201d Ruiz said. "
                + "\u201cThey only came for the free lunch,\u201d Okafor shot back with a grin.",
            "\u201cThey only came for the free lunch,\u201d", QuoteKind.DIRECT, "Okafor", "shot"),
        Arguments.of(
            "a verb of speaking in a coordinated sentence after the quotation",
            "Ruiz asked about the fees twice. \u201cSit down and wait your turn,\u201d Okafor "
                + "growled and an usher led the visitor away.",
            "\u201cSit down and wait your turn,\u201d", QuoteKind.DIRECT, "Okafor", "growled"),
        Arguments.of(
            "an organisation named after a person is the organisation, not the person",
            "Ana Ruiz is running for mayor. The Ruiz campaign said the new poll was misleading.",
            "the new poll was misleading", QuoteKind.INDIRECT, "the Ruiz campaign", "said"),
        Arguments.of(
            "a quotation in lower case that goes on from the reported clause's subject",
            "Okafor said the old pilot \u201cnever once missed a sailing in thirty winters.\u201d",
            "the old pilot \u201cnever once missed a sailing in thirty winters.\u201d",
            QuoteKind.MIXED, "Okafor", "said"),
        Arguments.of(
            "a fronted clause, then the verb, then a person with a title and a place",
            "Even Norway has more cultural pull through its films, says political scientist "
                + "Lena Fisk in Bergen.",
            "Even Norway has more cultural pull through its films", QuoteKind.INDIRECT,
            "Lena Fisk", "says"),
        Arguments.of(
            "a subject the parse hung on the name before it",
            "In a letter defending Okafor, Weber's office said she will be represented by two "
                + "harbour lawyers.",
            "she will be represented by two harbour lawyers", QuoteKind.INDIRECT,
            "Weber's office", "said"),
        Arguments.of(
            "what a speech act describes something as, however the parse hangs the phrase",
            "Harbour officials described the plan as all but hopeless to carry out.",
            "the plan as all but hopeless to carry out", QuoteKind.INDIRECT, "Harbour officials",
            "described"),
        Arguments.of(
            "a participle set in right after \"that\" does not end the reported clause",
            "Some argue it is only right that, having survived so many storms before, the mayor "
                + "now meets a rival so keen on a fight.",
            "it is only right that, having survived so many storms before, the mayor now meets "
                + "a rival so keen on a fight",
            QuoteKind.INDIRECT, "Some", "argue"),
        Arguments.of(
            "a name with a participle of what the person is, after the verb after a quotation",
            "\"Nobody wins this way, so stop it,\" said retired surgeon Tom Weber, asked about "
                + "his remark that he had been offered a post at the port.",
            "\"Nobody wins this way, so stop it,\"", QuoteKind.DIRECT,
            "Tom Weber", "said"),
        Arguments.of(
            "a fronted clause told to someone, whatever the parse hangs the verb on",
            "Ana Ruiz spoke after the vote. Critics should show evidence and not wave around "
                + "words like \u201cmaybe\u201d and \u201cperhaps\u201d, she told reporters.",
            "Critics should show evidence and not wave around words like \u201cmaybe\u201d and "
                + "\u201cperhaps\u201d",
            QuoteKind.MIXED, "Ana Ruiz", "told"),
        Arguments.of(
            "the one asked in a participle set off after the name is not the one who asks",
            "Mina Holt, asked about the closures of the ferries, said they were needed.",
            "about the closures of the ferries", QuoteKind.INDIRECT, null, "asked"),
        Arguments.of(
            "a passive \"asked\" with an adverb before it, which the tagger reads as a past tense",
            "Tomas Lind said the same in June, when Lind was first asked whether the harbour plan "
                + "would pass.",
            "whether the harbour plan would pass", QuoteKind.INDIRECT, null, "asked"),
        Arguments.of(
            "a cue in an infinitive before a colon, its subject the sentence's",
            "Mayor Ana Ruiz spoke on Monday. Ruiz went on to say: \"The pier will be rebuilt by "
                + "spring, and nobody will lose a job over it.\"",
            "\"The pier will be rebuilt by spring, and nobody will lose a job over it.\"",
            QuoteKind.DIRECT, "Ana Ruiz", "say"),
        Arguments.of(
            "a told clause the parse leaves unlabelled, its verb tensed by an auxiliary",
            "In a note, Karl Weber told members of the ferry union's steering committee that the "
                + "union won't be holding a ballot before the summer.",
            "the union won't be holding a ballot before the summer",
            QuoteKind.INDIRECT, "Karl Weber", "told"),
        Arguments.of(
            "the noun of an absolute phrase with \"with\" does what its participle says",
            "Ana Ruiz tried to tie Weber to the mayor, with one of her leaflets asking, \"Is "
                + "Tomas Weber really his own man?\"",
            "\"Is Tomas Weber really his own man?\"", QuoteKind.DIRECT, "one of her leaflets",
            "asking"),
        Arguments.of(
            "a quotation that ends a reported clause whose subject and modal stand before it",
            "Several skippers argue that Weber should \u201clead by example.\u201d",
            "Weber should \u201clead by example.\u201d", QuoteKind.MIXED, "Several skippers",
            "argue"),
        Arguments.of(
            "a participle of naming: what the object is called, with the object, is mixed",
            "Tomas Weber went after Ruiz on Monday, calling her a \"quitter.\"",
            "her a \"quitter.\"", QuoteKind.MIXED, "Tomas Weber", "calling"),
        Arguments.of(
            "\"when asked\" after the answer's cue: the one who answers did not ask",
            "\"We will see,\" Karl Weber said when asked whether the ferry would run in May.",
            "whether the ferry would run in May", QuoteKind.INDIRECT, null, "asked"),
        Arguments.of(
            "a fronted question put to the speaker is not the answer's content",
            "Asked on Monday whether the ferry would run in May, Karl Weber said, \"Not a "
                + "chance.\"",
            "whether the ferry would run in May", QuoteKind.INDIRECT, null, "Asked"),
        Arguments.of(
            "a retort is a cue, and a \"when\" clause before a whole quotation is the writer's",
            "After Karl Weber criticized Tom Lind during a debate, Ana Holt shot back, \u201cI "
                + "could have stayed home, but I chose to work.\u201d",
            "\u201cI could have stayed home, but I chose to work.\u201d", QuoteKind.DIRECT,
            "Ana Holt", "shot back"),
        Arguments.of(
            "a retort's particle is part of the cue, not of what was said",
            "Tom Lind fired back that the \"harbour towns chose me twice\" in the council race.",
            "the \"harbour towns chose me twice\" in the council race", QuoteKind.MIXED,
            "Tom Lind", "fired back"),
        Arguments.of(
            "a question opened by \"whom\"",
            "When asked whom she would vote for, the skipper laughed.",
            "whom she would vote for", QuoteKind.INDIRECT, null, "asked"),
        Arguments.of(
            "\"who\" in a relative clause joined to another stands for the name it follows",
            "Rep. Ana Ruiz (D-Ore.), a port ally whose district voted for the levy but who "
                + "suggested that the ferry could win over new riders, spoke on Monday.",
            "the ferry could win over new riders", QuoteKind.INDIRECT, "Ana Ruiz", "suggested"),
        Arguments.of(
            "a second \"who\" after \"and\" stands for what the first one does",
            "On the quay the mayor stood beside a retired teacher named Eric Lind, who wants a "
                + "seat on the council and who shook every hand, praising \"the ferry and its "
                + "crew.\"",
            "\"the ferry and its crew.\"", QuoteKind.DIRECT, "Eric Lind", "praising"),
        Arguments.of(
            "group of countries",
            "France, Germany and Spain said the decision must include Kyiv.",
            "the decision must include Kyiv", QuoteKind.INDIRECT, "France, Germany and Spain",
            "said"),
        Arguments.of(
            "a participle set off after the reported clause's subject does not end the clause",
            "The harbour office says trawlers, counting 212 boats, outnumbered ferries in 2019.",
            "trawlers, counting 212 boats, outnumbered ferries in 2019", QuoteKind.INDIRECT,
            "the harbour office", "says"),
        Arguments.of(
            "a fronted clause ending in a noun, then the speaker's phrase right before the verb",
            "The council did not object when the port's dredging helped the fishing fleet, a "
                + "harbour official said, adding that fuel costs were hard to judge.",
            "The council did not object when the port's dredging helped the fishing fleet",
            QuoteKind.INDIRECT, "a harbour official", "said"),
        Arguments.of(
            "the participle after a fronted clause's cue reports on its own",
            "The council did not object when the port's dredging helped the fishing fleet, a "
                + "harbour official said, adding that fuel costs were hard to judge.",
            "fuel costs were hard to judge", QuoteKind.INDIRECT, "a harbour official",
            "adding"),
        Arguments.of(
            "a participle after the cue that interrupts nothing is not the sentence's second half",
            "Exports fell sharply in May, the ministry said, adding that imports were steady.",
            "imports were steady", QuoteKind.INDIRECT, "the ministry", "adding"),
        Arguments.of(
            "a first name that is also a verb, after the cue",
            "\"The crossing was rough all week,\" said Skip Rutherford, a ferry pilot.",
            "\"The crossing was rough all week,\"", QuoteKind.DIRECT, "Skip Rutherford", "said"),
        Arguments.of(
            "\"according to\" after a coordinator that opens the sentence",
            "But according to reports from the harbour office, the ferry ran late on most days "
                + "in May.",
            "the ferry ran late on most days in May", QuoteKind.INDIRECT, "reports",
            "according to"),
        Arguments.of(
            "\"according to\" and a long source the parse made the sentence's root",
            "According to a June study by the Harbour Research Institute based on ticket data, "
                + "riders who live on the island travel less than before.",
            "riders who live on the island travel less than before", QuoteKind.INDIRECT,
            "the Harbour Research Institute", "According to"),
        Arguments.of(
            "\"those\" with a relative clause that describes the speakers",
            "Those who ride the night ferry say the new fares are too high.",
            "the new fares are too high", QuoteKind.INDIRECT, "those who ride the night ferry",
            "say"),
        Arguments.of(
            "a paper named with a time word",
            "USA TODAY reported on Friday that ferry fares had doubled since 2019.",
            "ferry fares had doubled since 2019", QuoteKind.INDIRECT, "USA TODAY",
            "reported"),
        Arguments.of(
            "the noun after \"as\" that a tensed cue follows is its subject",
            "The levy gained support on Tuesday as a number of skippers argued such a fee was "
                + "overdue.",
            "such a fee was overdue", QuoteKind.INDIRECT, "a number of skippers",
            "argued"),
        Arguments.of(
            "a participle before a noun between the cue and the quotation is no cue",
            "Karl Weber told the Harbour Gazette in a written statement, \"We will not sign the "
                + "lease.\"",
            "\"We will not sign the lease.\"", QuoteKind.DIRECT, "Karl Weber", "told"),
        Arguments.of(
            "a question in two-apostrophe marks, then the one who asked",
            "''Why would anyone sail in this weather?'' Mrs. Holt asked on Monday.",
            "''Why would anyone sail in this weather?''", QuoteKind.DIRECT, "Holt", "asked"),
        Arguments.of(
            "\"recommend\" reports advice",
            "The harbour board opposed a rise in fares.\n\n\"Keep the fares where they are until "
                + "the new pier opens,\" it recommended.",
            "\"Keep the fares where they are until the new pier opens,\"", QuoteKind.DIRECT,
            "the harbour board", "recommended"),
        Arguments.of(
            "a second adjective after a quoted one, and \"what she calls\", stay in the clause",
            "Marta Lind says growers are \u201cright to be worried,\u201d but also keen on what "
                + "she calls \u201creal answers.\u201d",
            "growers are \u201cright to be worried,\u201d but also keen on what she calls "
                + "\u201creal answers.\u201d",
            QuoteKind.MIXED, "Marta Lind", "says"),
        Arguments.of(
            "a quotation that opens a fronted clause going on after it is a mixed quote",
            "\"A huge wave\" swept over the harbour wall before dawn, Tomas Lind said.",
            "\"A huge wave\" swept over the harbour wall before dawn", QuoteKind.MIXED,
            "Tomas Lind", "said"),
        Arguments.of(
            "a quotation after \"said that\" with the clause going on past an aside is mixed",
            "Mayor Ana Ruiz said that \"every member of the board\" - including Karl Weber - "
                + "backed a cut in fares.",
            "\"every member of the board\" - including Karl Weber - backed a cut in fares",
            QuoteKind.MIXED, "Ana Ruiz", "said"),
        Arguments.of(
            "a quotation followed by the speaker's next act stays direct",
            "Karl Weber tweeted, \"It is time to end this for good,\" and posted a photo of the "
                + "quay.",
            "\"It is time to end this for good,\"", QuoteKind.DIRECT, "Karl Weber", "tweeted"),
        Arguments.of(
            "a report of its own before \", and\" is not the next speaker's",
            "Mina Holt spoke first. She said fathers who adopt would not qualify for the leave, "
                + "and when asked for a reason, the 52-year-old skipper of four boats replied, "
                + "\"It is meant for the mother.\"",
            "fathers who adopt would not qualify for the leave", QuoteKind.INDIRECT, "Mina Holt",
            "said"),
        Arguments.of(
            "a noun phrase after the quotation's closing comma is the writer's comment",
            "Karl Weber called the harbour plan \"reckless,\" a jab at the mayor who drew it up.",
            "the harbour plan \"reckless,\"", QuoteKind.MIXED, "Karl Weber", "called"),
        Arguments.of(
            "a reporting verb sharing the clause's modal is part of what was said",
            "Karl Weber says he would sit the mayor down and tell her \"no more delays\" on the "
                + "pier.",
            "he would sit the mayor down and tell her \"no more delays\" on the pier",
            QuoteKind.MIXED, "Karl Weber", "says"),
        Arguments.of(
            "\"point out\" reports, and its cue keeps the particle",
            "As Mayor Ana Ruiz has pointed out, the new pier is costing the town far more than "
                + "planned.",
            "the new pier is costing the town far more than planned", QuoteKind.INDIRECT,
            "Ana Ruiz", "pointed out"),
        Arguments.of(
            "\"as X put it\" reports the clause it stands beside",
            "As Ana Ruiz put it, the old pier is \"a hole that eats money.\"",
            "the old pier is \"a hole that eats money.\"", QuoteKind.MIXED, "Ana Ruiz", "put it"),
        Arguments.of(
            "\"as X, PARTICIPLE ..., said\": the name before the participle speaks",
            "The feud began before he left the port, as Ana Ruiz, contradicting Weber, said she "
                + "had told him that the town would not pay for the wall.",
            "she had told him that the town would not pay for the wall", QuoteKind.INDIRECT,
            "Ana Ruiz", "said"),
        Arguments.of(
            "a past tense joined to a verb under \"would\" goes with the reporting verb",
            "Mr. Weber forecast that the harbour trade would recover by spring and praised the "
                + "mayor's work on a new lease.",
            "the mayor's work on a new lease", QuoteKind.INDIRECT, "Weber", "praised"),
        Arguments.of(
            "a passive verb of asking inside the clause is no new speaker's report",
            "Karl Weber said he was pleased that lately, when he visits the harbour, he is "
                + "regularly asked about the new pier.",
            "he was pleased that lately, when he visits the harbour, he is regularly asked about "
                + "the new pier", QuoteKind.INDIRECT, "Karl Weber", "said"),
        Arguments.of(
            "a reported clause parsed as the subject of the verb after it runs on",
            "Ana Ruiz said having Mr. Lind share the cost is a fair deal if the council agrees.",
            "having Mr. Lind share the cost is a fair deal if the council agrees",
            QuoteKind.INDIRECT, "Ana Ruiz", "said"),
        Arguments.of(
            "a clause right after the complement's last noun is that noun's relative clause",
            "Tomas Lind said the council cut one paragraph he wrote where the mayor thanks the "
                + "fishermen.",
            "the council cut one paragraph he wrote where the mayor thanks the fishermen",
            QuoteKind.INDIRECT, "Tomas Lind", "said"),
        Arguments.of(
            "\"what X said\" reports a clause that runs on through a list",
            "Harbour master Lena Okafor is preparing for what she said is rising demand for "
                + "moorings, boat repairs and winter storage.",
            "is rising demand for moorings, boat repairs and winter storage", QuoteKind.INDIRECT,
            "Lena Okafor", "said"),
        Arguments.of(
            "a report in a clause that \"while\" opens ends where the main clause begins",
            "While both harbour unions say the town must rebuild the pier, they differ on who "
                + "should bear the cost.",
            "the town must rebuild the pier", QuoteKind.INDIRECT, "both harbour unions", "say"),
        Arguments.of(
            "a leading \"that\" the parse left unattached is no part of the clause",
            "Karl Weber told the paper that despite the crowds at the opening, he doubted the new "
                + "casino would last long.",
            "despite the crowds at the opening, he doubted the new casino would last long",
            QuoteKind.INDIRECT, "Karl Weber", "told"),
        Arguments.of(
            "\", and that\" joins a second clause to what was said",
            "Ana Ruiz noted that the chance of a flood was slim, and that the town should "
                + "worry more about its roads.",
            "the chance of a flood was slim, and that the town should worry more about its "
                + "roads", QuoteKind.INDIRECT, "Ana Ruiz", "noted"),
        Arguments.of(
            "\"but that if ..., she insisted\" is still the first speaker's second clause",
            "Karl Weber said that a swap meant hard choices but that if the mayor chose to make "
                + "one, she should have insisted on freeing every crew.",
            "a swap meant hard choices but that if the mayor chose to make one, she should have "
                + "insisted on freeing every crew", QuoteKind.INDIRECT, "Karl Weber", "said"),
        Arguments.of(
            "a verb sharing the clause's \"had\" is part of it, even a reporting verb",
            "A photo posted by the club showed that Tomas Lind had shared the post and added a "
                + "comment of his own.",
            "Tomas Lind had shared the post and added a comment of his own", QuoteKind.INDIRECT,
            "A photo", "showed"),
        Arguments.of(
            "an \"if\" right after the reported clause is its condition",
            "Karl Weber said the mayor should resign if she cannot stop the sale.",
            "the mayor should resign if she cannot stop the sale", QuoteKind.INDIRECT,
            "Karl Weber", "said"),
        Arguments.of(
            "a verb that reports a clause of its own after \"had ... and\" is a new report",
            "Karl Weber said he had voted for the wall and added that he would do so again.",
            "he would do so again", QuoteKind.INDIRECT, "Karl Weber", "added"),
        Arguments.of(
            "a speech verb in another tense than a restrictive relative clause's is not in it",
            "The port board welcomed backing from fishermen who have lost boats to the storm and "
                + "said several of the men would canvass for it.",
            "several of the men would canvass for it", QuoteKind.INDIRECT, "the port board",
            "said"),
        Arguments.of(
            "after \", who\" the relative clause may run on through another verb",
            "The mayor thanked Karl Weber, who has led the harbour board and praised the new pier.",
            "the new pier", QuoteKind.INDIRECT, "Karl Weber", "praised"),
        Arguments.of(
            "a past tense joined to a predicate under \"would\" deep in the clause",
            "Ana Ruiz told the Courier on Friday that she refused to dwell on the chance that "
                + "Lind would be mayor and predicted that Weber will take the seat.",
            "Weber will take the seat", QuoteKind.INDIRECT, "Ana Ruiz", "predicted"),
        Arguments.of(
            "a dateline is no part of a clause reported \"according to\" a source",
            "LEEDS (AP) \u2014 Karl Weber holds shares in several of the firms he attacks on the "
                + "stump, according to papers he filed with the council.",
            "Karl Weber holds shares in several of the firms he attacks on the stump",
            QuoteKind.INDIRECT, "papers", "according to"),
        Arguments.of(
            "a quotation inside a clause reported in a relative clause is part of it",
            "Weber attacked the ferry deal, which a council audit said was \"plainly reckless\" "
                + "but did not merit charges.",
            "was \"plainly reckless\" but did not merit charges", QuoteKind.MIXED,
            "a council audit", "said"),
        Arguments.of(
            "\", telling X in PLACE, that ...\": the clause the parse hung on the verb above",
            "Mayor Karl Weber ended his bid for a third term late on Friday, telling backers "
                + "in Leeds, England, that he had \"fresh hope\" that \"the town will "
                + "find its way.\"",
            "he had \"fresh hope\" that \"the town will find its way.\"", QuoteKind.MIXED,
            "Karl Weber", "telling"),
        Arguments.of(
            "\"X told me CLAUSE\" parsed as the subject of the clause's own verb",
            "Mr. Weber told me his backing for the mayor makes him \"more candid\" than other "
                + "reporters.",
            "his backing for the mayor makes him \"more candid\" than other reporters",
            QuoteKind.MIXED, "Weber", "told"),
        Arguments.of(
            "an infinitive after a verb of causing takes the verb's object as its subject",
            "Home sales fell for a third month. The slump prompted several board members to "
                + "warn that the factory could close by spring.",
            "the factory could close by spring", QuoteKind.INDIRECT, "several board members",
            "warn"),
        Arguments.of(
            "likewise when the parse hangs the infinitive on the verb as an adverbial",
            "The drought led farmers in the valley to complain that the canal fees were too high.",
            "the canal fees were too high", QuoteKind.INDIRECT, "farmers", "complain"),
        Arguments.of(
            "\"because, according to X,\": the attribution reports the clause it opens",
            "Karl Weber skipped the forum and will likely skip the next one, because, according "
                + "to Weber, the papers would call him a \"coward\" if he went.",
            "the papers would call him a \"coward\" if he went", QuoteKind.MIXED, "Karl Weber",
            "according to"),
        Arguments.of(
            "\", arguing CLAUSE\" parsed as the subject of the clause's verb",
            "Lena Holt has promised to block the plan that lets builders skip the review over the "
                + "flood zones, arguing such a change could leave the town open to costly suits.",
            "such a change could leave the town open to costly suits", QuoteKind.INDIRECT,
            "Lena Holt", "arguing"),
        Arguments.of(
            "\"who\" after the last of several names is that name's",
            "The gala featured the harbour master Tomas Lind, as well as singers like Ana Ruiz, "
                + "Karl Weber and Mina Osei, who joked of the hall, \"I have never sung here, "
                + "but I will.\"",
            "\"I have never sung here, but I will.\"", QuoteKind.DIRECT, "Mina Osei", "joked"),
        Arguments.of(
            "\"who say\" after two names speaks for both, named by the first",
            "Holt avoided attacking her rivals, particularly Karl Weber and Mina Osei, who say the "
                + "young mayor lacks the experience needed to run the port.",
            "the young mayor lacks the experience needed to run the port", QuoteKind.INDIRECT,
            "Karl Weber", "say"),
        Arguments.of(
            "\", stating ...\" after a name in the object is the subject's act",
            "For months, Lena Holt had warmly praised Karl Weber, stating there was value in "
                + "having the veteran in the race.",
            "there was value in having the veteran in the race", QuoteKind.INDIRECT, "Lena Holt",
            "stating"),
        Arguments.of(
            "hailing something as what it is, in other words",
            "Mayor Lena Holt heralded the ferry deal with Norway as a turning point for the town.",
            "the ferry deal with Norway as a turning point for the town", QuoteKind.INDIRECT,
            "Lena Holt", "heralded"),
        Arguments.of(
            "a judgment handed down as a speech act",
            "The state auditor deemed most of the harbour fees a fair charge.",
            "most of the harbour fees a fair charge", QuoteKind.INDIRECT, "the state auditor",
            "deemed"),
        Arguments.of(
            "a quotation spliced into the writer's clause, then a bare closing cue",
            "\"The port will never take sides where safety is at stake,\" Lena Holt told the "
                + "board. Members who think \"the harbour no longer needs a pilot service are "
                + "badly mistaken,\" she said.",
            "Members who think \"the harbour no longer needs a pilot service are badly mistaken,\"",
            QuoteKind.MIXED, "Lena Holt", "said"),
        Arguments.of(
            "a quantity is named with whom it counts",
            "At the pier, some of the older skippers said the new quota would ruin them.",
            "the new quota would ruin them", QuoteKind.INDIRECT, "some of the older skippers",
            "said"),
        Arguments.of(
            "\"she\" after a surname that is also a man's first name",
            "Lena Howard spoke at the port on Monday. Howard told Weber the shipyard would "
                + "reopen. \"We will not forget you,\" she said.",
            "\"We will not forget you,\"", QuoteKind.DIRECT, "Lena Howard", "said"),
        Arguments.of(
            "a possessor before \"'s\" is no subject for a later \"she\" to go back to",
            "Lena Holt and Mina Weber both want the port. If Holt's wobbly on the treaty, she's "
                + "Weber's equal in plans for the docks, and she promises to be tougher than the "
                + "mayor on safety. \"We will build the cranes,\" she said.",
            "\"We will build the cranes,\"", QuoteKind.DIRECT, "Lena Holt", "said"),
        Arguments.of(
            "a surname that is also a title, standing alone",
            "Tom King spoke at the pier. King says Okafor \"never once missed a tide.\"",
            "Okafor \"never once missed a tide.\"", QuoteKind.MIXED, "Tom King", "says"),
        Arguments.of(
            "a reported clause ends at a colon before a quotation",
            "But she said she had no time to hunt for papers that could prove her earlier "
                + "claims: \"I have a lot on this week. Try again later,\" she wrote.",
            "she had no time to hunt for papers that could prove her earlier claims",
            QuoteKind.INDIRECT, "she", "said"),
        Arguments.of(
            "a phrase set off between the reported clause's subject and its verb",
            "But harbour economist Ana Ruiz said the port, despite its debts, is perhaps better "
                + "placed to win the contract than Leeds was.",
            "the port, despite its debts, is perhaps better placed to win the contract than Leeds "
                + "was", QuoteKind.INDIRECT, "Ana Ruiz", "said"),
        Arguments.of(
            "a share of those polled as the speaker",
            "About a third say the ferry matters little to them.",
            "the ferry matters little to them", QuoteKind.INDIRECT, "a third", "say"),
        Arguments.of(
            "a time phrase between the one told and the reported clause",
            "Mina Holt told the Courier on Friday she would rather sell the boat than repair it.",
            "she would rather sell the boat than repair it", QuoteKind.INDIRECT, "Mina Holt",
            "told"),
        Arguments.of(
            "an \"including\" phrase set off inside the reported clause's subject",
            "By wide margins, those polled say the port, including the ferry and the docks, "
                + "should be the town's first priority.",
            "the port, including the ferry and the docks, should be the town's first priority",
            QuoteKind.INDIRECT, "those polled", "say"),
        Arguments.of(
            "a surname that is also a month",
            "Tessa May, 60, a nurse, said the ward was full.",
            "the ward was full", QuoteKind.INDIRECT, "Tessa May", "said"),
        Arguments.of(
            "a noun and its participle read as a clause before the verb",
            "People briefed on the talks said that it showed the mayor's fear that the vote was "
                + "lost.",
            "it showed the mayor's fear that the vote was lost", QuoteKind.INDIRECT, "People",
            "said"),
        Arguments.of(
            "a verb of belief joined to the reported clause stays in it",
            "The skipper said she was worn out but still feared the storm.",
            "she was worn out but still feared the storm", QuoteKind.INDIRECT, "the skipper",
            "said"),
        Arguments.of(
            "a condition right after the verb, parsed as its adverbial",
            "Holt said if elected mayor she would reopen the pier.",
            "if elected mayor she would reopen the pier", QuoteKind.INDIRECT, "Holt", "said"),
        Arguments.of(
            "\"without\" and a participle go on with what was said",
            "The governor said she could cut fares without raising taxes.",
            "she could cut fares without raising taxes", QuoteKind.INDIRECT, "the governor",
            "said"),
        Arguments.of(
            "\"while\" and a participle go on with what was said",
            "The minister said the plan would cut costs while keeping every ferry route open.",
            "the plan would cut costs while keeping every ferry route open", QuoteKind.INDIRECT,
            "the minister", "said"),
        Arguments.of(
            "a name in apposition next to the verb, hung deeper in the subject",
            "A month after declaring her support for Tom Lind, Ana Ruiz still believes that the "
                + "new mayor is unfit for the job.",
            "the new mayor is unfit for the job", QuoteKind.INDIRECT, "Ana Ruiz", "believes"),
        Arguments.of(
            "a name and a colon after another speaker's quotation",
            "Tom Lind and Ana Ruiz both spoke against the plan.\n\nLind: \"The ferry must keep "
                + "running.\" Ruiz: \"Nobody asked the skippers what they need.\"",
            "\"Nobody asked the skippers what they need.\"", QuoteKind.DIRECT, "Ana Ruiz", ":"),
        Arguments.of(
            "a phrase opens the reported clause, then a comma",
            "Holt says despite all that, the board wasn't told about the leak.",
            "despite all that, the board wasn't told about the leak",
            QuoteKind.INDIRECT, "Holt", "says"),
        Arguments.of(
            "a poll's short answer",
            "Of the skippers asked whether the ferry should sail on Sundays, 38 percent said yes.",
            "yes", QuoteKind.INDIRECT, "38 percent", "said"),
        Arguments.of(
            "\"the same\" as a poll's answer",
            "Most skippers trust the mayor; a quarter say the same of her rival.",
            "the same of her rival", QuoteKind.INDIRECT, "a quarter", "say"),
        Arguments.of(
            "a roundup item: headline, dash, author, colon, quotation",
            "FERRY FARES WILL RISE AGAIN - Ana Ruiz: \"The board has no other way to pay for the "
                + "new boats.\"",
            "\"The board has no other way to pay for the new boats.\"", QuoteKind.DIRECT,
            "Ana Ruiz", ":"),
        Arguments.of(
            "a colon after the main clause, a cue only in the clause before it",
            "When Holt said the board would close the pier, Ruiz shot back at once: \"Then the "
                + "skippers will take it to court.\"",
            "\"Then the skippers will take it to court.\"", QuoteKind.DIRECT, "Ruiz", ":"),
        Arguments.of(
            "the same, the quotation closed by a comma and a participle after it",
            "When Holt said the board would close the pier, Ruiz shot back at once: \"Then the "
                + "skippers will take it to court,\" pointing to the crowd.",
            "\"Then the skippers will take it to court,\"", QuoteKind.DIRECT, "Ruiz", ":"),
        Arguments.of(
            "a body's name that goes on past \"for\"",
            "The Institute for Coastal Studies said the harbour would silt up within a decade.",
            "the harbour would silt up within a decade", QuoteKind.INDIRECT,
            "the Institute for Coastal Studies", "said"),
        Arguments.of(
            "a verb in the past tense after \"and\" and a name, parsed as a participle",
            "Ana Lopez said she would make the river \"run dry,\" for instance, and Karl Weber"
                + " vowed to \"tear down\" the old bridge over it.",
            "to \"tear down\" the old bridge over it", QuoteKind.MIXED, "Karl Weber", "vowed"),
        Arguments.of(
            "\"according to\" after a colon reports the part after the colon",
            "The closure did not pass unremarked: According to two harbour surveys, Weber keeps"
                + " only a fifth of the dock vote.",
            "Weber keeps only a fifth of the dock vote", QuoteKind.INDIRECT, "two harbour surveys",
            "According to"),
        Arguments.of(
            "a closing \"according to\" reports the part after a colon before it",
            "The levy has not driven shippers away from the coast: Antwerp handled more cargo than"
                + " any other port in 2019, according to the harbour board.",
            "Antwerp handled more cargo than any other port in 2019", QuoteKind.INDIRECT,
            "the harbour board", "according to"),
        Arguments.of(
            "\"made it clear that\", a way of saying, after a fronted clause",
            "Though the union was glad to learn that Lopez backed some of its demands, Karl Ruiz"
                + " made it clear that his members expected a firmer pledge.",
            "his members expected a firmer pledge", QuoteKind.INDIRECT, "Karl Ruiz",
            "made it clear"),
        Arguments.of(
            "\"make the case that\": what follows \"that\", not the case",
            "Karl Weber tried on Friday to make the case that the leaks were the work of two"
                + " clerks.",
            "the leaks were the work of two clerks", QuoteKind.INDIRECT, "Karl Weber",
            "make the case"),
        Arguments.of(
            "\"'s\" for \"has\" before a verb of speech, read by the parse as a passive",
            "Karl Weber runs the port. He's said he will appeal the ruling.",
            "he will appeal the ruling", QuoteKind.INDIRECT, "Karl Weber", "said"),
        Arguments.of(
            "a speech verb after a passive of seeing, with the name in apposition",
            "Before the mayor appears, the radical preacher Karim al-Rashid, who died in 2011, is"
                + " shown lecturing: \"Sailors of the coast, hear me well.\"",
            "\"Sailors of the coast, hear me well.\"", QuoteKind.DIRECT, "Karim al-Rashid",
            "lecturing"),
        Arguments.of(
            "the verb \"states\" before its clause, with no \"that\"",
            "The lawsuit states the city failed to protect tenants.",
            "the city failed to protect tenants", QuoteKind.INDIRECT, "the lawsuit", "states"),
        Arguments.of(
            "a report in a relative clause that lists verbs sharing a subject",
            "Ana Lopez, who said the company fired workers, cut their pay and closed two plants,"
                + " has filed a lawsuit.",
            "the company fired workers, cut their pay and closed two plants", QuoteKind.INDIRECT,
            "Ana Lopez", "said"),
        Arguments.of(
            "the subject's own verb after a relative clause, given a subject inside it",
            "Tom Reyes, who said last year the mill would reopen, insisted on Tuesday that it"
                + " still could.",
            "it still could", QuoteKind.INDIRECT, "Tom Reyes", "insisted"),
        Arguments.of(
            "a report in a relative clause, its subject read as the verb's object",
            "Karl Pohl, who said the scheme was cleared by his counsel, said he knew of no"
                + " disputes.",
            "the scheme was cleared by his counsel", QuoteKind.INDIRECT, "Karl Pohl", "said"),
        Arguments.of(
            "a report in a relative clause ends before the subject's \"said\", read as an"
                + " auxiliary",
            "Karl Pohl, who said the contract was drafted by his firm's lawyers, said he was not"
                + " aware of any quarrels.",
            "the contract was drafted by his firm's lawyers", QuoteKind.INDIRECT, "Karl Pohl",
            "said"),
        Arguments.of(
            "a report in a relative clause ends where the clause closes",
            "Lena Ortiz, who said on the radio that she never signed a lease with Karl Weber,"
                + " recalled that the mayor had sent a lawyer to her office.",
            "she never signed a lease with Karl Weber", QuoteKind.INDIRECT, "Lena Ortiz", "said"),
        Arguments.of(
            "the subject's own verb after a relative clause that reports",
            "Lena Ortiz, who said on the radio that she never signed a lease with Karl Weber,"
                + " recalled that the mayor had sent a lawyer to her office.",
            "the mayor had sent a lawyer to her office", QuoteKind.INDIRECT, "Lena Ortiz",
            "recalled"),
        Arguments.of(
            "an apposition's closing comma in a report after a closed relative clause",
            "Ana Ruiz, who runs the port, said she stayed home for a month in 2015 after her son,"
                + " Tomas, was born.",
            "she stayed home for a month in 2015 after her son, Tomas, was born",
            QuoteKind.INDIRECT, "Ana Ruiz", "said"),
        Arguments.of(
            "a \"that\" clause after a relative aside, hung inside it by the parse",
            "Ana Diaz said at the dock, where she now works as a pilot, that Karl Weber must"
                + " answer for the spill.",
            "Karl Weber must answer for the spill", QuoteKind.INDIRECT, "Ana Diaz", "said"),
        Arguments.of(
            "a verb after its auxiliary and a name, left loose by the parse",
            "The harbour ballot is on May 3, and Ana Lopez has promised to keep her seat until"
                + " that ballot.",
            "to keep her seat until that ballot", QuoteKind.INDIRECT, "Ana Lopez", "promised"),
        Arguments.of(
            "a name right before the verb that is the object of \"by\"",
            "A group of skippers led by the ferry line's Ana Lopez agreed Friday that the toll is"
                + " a cynical grab.",
            "the toll is a cynical grab", QuoteKind.INDIRECT, "A group of skippers", "agreed"),
        Arguments.of(
            "an infinitive after a preposition's object, parsed as its subject",
            "Ana Ruiz took to Facebook to accuse the board of lying.",
            "the board of lying", QuoteKind.INDIRECT, "Ana Ruiz", "accuse"),
        Arguments.of(
            "a body's name that goes on past \"to\" and a capitalised verb",
            "The League to Protect Ferry Skippers said the new timetable was unsafe.",
            "the new timetable was unsafe", QuoteKind.INDIRECT,
            "the League to Protect Ferry Skippers", "said"),
        Arguments.of(
            "the same past \"for\", after \"according to\"",
            "According to the Bureau for Harbour Statistics, freight through the port fell by a "
                + "third last year.",
            "freight through the port fell by a third last year", QuoteKind.INDIRECT,
            "the Bureau for Harbour Statistics", "According to"),
        Arguments.of(
            "a verb that mostly follows quotations, with a that-clause",
            "Mina Holt joked that the new ferry was older than the pier.",
            "the new ferry was older than the pier", QuoteKind.INDIRECT, "Mina Holt", "joked"),
        Arguments.of(
            "a present-tense cue after a short clause, parsed as a passive",
            "It is not, and Holt says caucuses are an unknown.",
            "caucuses are an unknown", QuoteKind.INDIRECT, "Holt", "says"),
        Arguments.of(
            "a verb of portraying with \"as\"",
            "Karl Weber cast the mayor as a friend of the developers.",
            "the mayor as a friend of the developers", QuoteKind.INDIRECT, "Karl Weber", "cast"),
        Arguments.of(
            "a participle after an inverted cue and the speaker's apposition",
            "\"The pier will pay for itself,\" said Karl Weber, a former harbour master and "
                + "mayor, referring to the new toll booths.",
            "the new toll booths", QuoteKind.INDIRECT, "Karl Weber", "referring to"),
        Arguments.of(
            "a past tense tagged as a participle, then the cue and its source",
            "Members of the crew long ago soured on Lind, the Herald reported, citing a "
                + "deckhand.",
            "Members of the crew long ago soured on Lind", QuoteKind.INDIRECT, "the Herald",
            "reported"),
        Arguments.of(
            "the participle after that cue",
            "Friends of the mayor long ago soured on Lind, the Post reported, citing two aides.",
            "two aides", QuoteKind.INDIRECT, "the Post", "citing"),
        Arguments.of(
            "an interrupting cue before quoted words in two apostrophes",
            "Ana Ruiz runs the marina. The marina's new crane, Ms. Ruiz said, ''is the best money "
                + "we ever spent'' on the docks.",
            "The marina's new crane", QuoteKind.INDIRECT, "Ana Ruiz", "said"),
        Arguments.of(
            "a view of a house, which only a verb of portraying leaves out",
            "Republicans view the White House as an obstacle.",
            "the White House as an obstacle", QuoteKind.INDIRECT, "Republicans", "view"));
  }

  @org.junit.jupiter.api.Test
  void whenAndWhereAfterAnInterruptingCueAreNotWhatWasSaid() {
    List<Quote> quotes = SharedExtractor.get().extract(
        "Talks collapsed, the union said, in a statement on Friday.");
    assertTrue(quotes.stream().noneMatch(q -> q.text().startsWith("in a statement")),
        quotes.toString());
  }

  @org.junit.jupiter.api.Test
  void aReportAfterTheOpeningPhraseIsItsOwn() {
    String text = "Whatever she wrote in her letter to the board, Lind said he \"will not stand in "
        + "her way.\"";
    Quote q = SharedExtractor.get().extract(text).stream()
        .filter(x -> x.text().startsWith("he ")).findFirst().orElseThrow();
    assertEquals("Lind", q.speakerName().orElse(null));
    assertEquals("said", q.cue().map(Span::text).orElse(null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patterns")
  void findsTheSpeaker(
      String pattern, String text, String quote, QuoteKind kind, String speaker, String cue) {
    List<Quote> quotes = SharedExtractor.get().extract(text);
    Quote q =
        quotes.stream()
            .filter(x -> x.text().equals(quote))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no quote '" + quote + "' in " + quotes));
    assertEquals(kind, q.kind());
    assertEquals(speaker, q.speakerName().orElse(null));
    assertEquals(cue, q.cue().map(Span::text).orElse(null));
    assertTrue(q.context().contains(q.span()));
  }

  @org.junit.jupiter.api.Test
  void aVerbAfterAColonDoesNotReportTheClauseBeforeIt() {
    String text = "At his rallies, the mayor urges fans not to trust the press and cites the "
        + "crowds as proof: He says papers undercount his fans, just to hurt him.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertTrue(
        quotes.stream().noneMatch(q -> q.cue().map(Span::text).orElse("").equals("says")
            && q.text().contains("urges")),
        quotes.toString());
  }

  @org.junit.jupiter.api.Test
  void aFrontedClauseLeavesOutTheDatelineAndWhenItWasSaid() {
    String text =
        "Port Talks Stall.\n\nWASHINGTON \u2015 The governor's long fight with the port "
            + "authority is an insult to every worker, union leaders said on Friday evening, as "
            + "they waited for the vote.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertEquals(1, quotes.size(), quotes.toString());
    assertEquals(
        "The governor's long fight with the port authority is an insult to every worker",
        quotes.get(0).text());
    assertEquals("union leaders", quotes.get(0).speakerName().orElse(null));
  }

  @org.junit.jupiter.api.Test
  void theOneToldIsNeverTheSpeaker() {
    // The parse leaves "told" without a subject; the paper after it is the one told.
    String text = "Ana Ruiz remains sure of seeing the pier reopen by the summer, her top aide, "
        + "Lena Devine, told The Harbour Gazette.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertTrue(quotes.stream().noneMatch(
        q -> q.speakerName().orElse("").contains("Gazette")), quotes::toString);
  }

  @org.junit.jupiter.api.Test
  void aDocumentIsNeitherHeNorTheyAndItsTypeSaysSo() {
    String text = "A report by the harbour board found \"no sign of a cover-up at the pier.\" "
        + "\"I could not stay silent about the pier any longer,\" he said.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertEquals(2, quotes.size(), quotes.toString());
    assertEquals(SpeakerType.ORGANIZATION, quotes.get(0).speaker().orElseThrow().type());
    // Left unresolved, the pronoun stands as written.
    assertEquals("he", quotes.get(1).speakerName().orElse(null));
    quotes = SharedExtractor.get().extract("A new harbour poll found \"broad support for the "
        + "pier.\" \"We were surprised by the answers,\" they said.");
    assertEquals("they", quotes.get(1).speakerName().orElse(null));
    // A person whose noun can also name a thing is still a person.
    quotes = SharedExtractor.get().extract("A senior party figure said the ferry deal was dead.");
    assertEquals(SpeakerType.PERSON, quotes.get(0).speaker().orElseThrow().type());
  }

  @org.junit.jupiter.api.Test
  void anHonorificTellsWhichOfTwoNamesakesSpeaks() {
    String text = "Karl Okafor and Lena Okafor stood at the pier. Mrs. Okafor said she had "
        + "nothing to add. Mr. Okafor said the war had taken their son.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertEquals(List.of("Lena Okafor", "Karl Okafor"),
        quotes.stream().map(q -> q.speakerName().orElse("")).toList());
  }

  @org.junit.jupiter.api.Test
  void aRelativePronounNamesNoOneItself() {
    // The parse makes "who" the subject of "said"; it stands for the name before it.
    String text = "Okafor, meanwhile, who sits on no harbour board, said that fact shows which of "
        + "the two candidates is \"ready to fight city hall.\"";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertEquals(1, quotes.size(), quotes.toString());
    assertEquals("Okafor", quotes.get(0).speakerName().orElse(null));
  }

  @org.junit.jupiter.api.Test
  void aClauseAfterAWholeQuotationIsTheWriters() {
    String text =
        "Mina Holt is heard on the tape. She then repeatedly says, \"Do not do it,\" until the "
            + "car drives away.";
    List<String> texts = SharedExtractor.get().extract(text).stream().map(Quote::text).toList();
    assertEquals(List.of("\"Do not do it,\""), texts);
  }

  @org.junit.jupiter.api.Test
  void whatARelativeClauseSaysWasPromisedIsNoQuote() {
    String text = "Lena Okafor runs the city. She now faces a strike she has promised to end.";
    assertEquals(List.of(), SharedExtractor.get().extract(text));
  }

  @org.junit.jupiter.api.Test
  void aParticipleBeforeItsNounReportsNothing() {
    for (String text : List.of(
        "On the islands, 42 pledged delegates and nine harbour seats were in play.",
        "The ferry party counts 2,300 pledged delegates across its branches.")) {
      List<Quote> quotes = SharedExtractor.get().extract(text);
      assertTrue(quotes.isEmpty(), text + " " + quotes);
    }
    // A count that speaks still reports.
    List<Quote> quotes = SharedExtractor.get()
        .extract("Six in 10 said ferry captain Karl Weber should run the port.");
    assertEquals(List.of("ferry captain Karl Weber should run the port"),
        quotes.stream().map(Quote::text).toList());
    quotes = SharedExtractor.get().extract("About 40 urged pilots to strike on Monday.");
    assertEquals(1, quotes.size(), quotes.toString());
    assertEquals("About 40", quotes.get(0).speakerName().orElse(null));
  }

  @org.junit.jupiter.api.Test
  void aReportInsideAnotherReportIsTheOuterSpeakers() {
    String text = "Karl Weber said the mayor believes that the old bridge is unsafe.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertEquals(1, quotes.size(), quotes.toString());
    assertEquals("the mayor believes that the old bridge is unsafe", quotes.get(0).text());
    assertEquals("Karl Weber", quotes.get(0).speakerName().orElse(null));
  }

  @org.junit.jupiter.api.Test
  void aReportCutShortInsideAnotherRunsOnToItsEnd() {
    // The parser ends "told" 's clause at "the budget", inside "thinks" 's.
    String text = "Karl Weber told reporters that the mayor thinks the budget is too small.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertEquals(List.of("the mayor thinks the budget is too small"),
        quotes.stream().map(Quote::text).toList());
    assertEquals("Karl Weber", quotes.get(0).speakerName().orElse(null));
  }

  @org.junit.jupiter.api.Test
  void quotedWordsThatCompleteAReportCutShortJoinIt() {
    // The parser ends "telling" 's clause at "the deal" and hangs the quotation on "thinks".
    String text = "Mayor Tom Jones has hailed the vote as \"superb,\" informing the press on a trip "
        + "to Leeds on Friday that he believes the deal is \"a fine thing.\"";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    Quote last = quotes.get(quotes.size() - 1);
    assertEquals("he believes the deal is \"a fine thing.\"", last.text(), quotes.toString());
    assertEquals(QuoteKind.MIXED, last.kind());
    assertEquals("informing", last.cue().map(Span::text).orElse(null));
    assertEquals("Tom Jones", last.speakerName().orElse(null));
    assertEquals(2, quotes.size(), quotes.toString());
  }

  @org.junit.jupiter.api.Test
  void aSecondReportHungOnTheFirstReportsItsOwnClause() {
    String text = "In Leeds, fans greeted the team with red flags held high, BBC Radio reported, "
        + "while in York the crowd stood in silence for a minute, the Yorkshire Post reported.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertEquals(List.of("In Leeds, fans greeted the team with red flags held high",
            "in York the crowd stood in silence for a minute"),
        quotes.stream().map(Quote::text).toList());
    assertEquals(List.of("BBC Radio", "the Yorkshire Post"),
        quotes.stream().map(q -> q.speakerName().orElse(null)).toList());
  }

  @org.junit.jupiter.api.Test
  void anInfinitiveOfPurposeIsTheMainSubjectsAct() {
    // The parser gives "to repeat" the noun before it as a subject.
    String text = "The mayor used the floods as a stick to repeat the council's case against "
        + "new housing. Jones seized on every question to talk about the town's troubles.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertEquals(List.of("the mayor", "Jones"),
        quotes.stream().map(q -> q.speakerName().orElse(null)).toList(), quotes.toString());
  }

  @org.junit.jupiter.api.Test
  void aSurnameThatIsAlsoAWordStillNamesThePersonGivenInFull() {
    String text = "Former adviser Al From spoke on Monday. From said the party had lost its way.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertEquals(1, quotes.size(), quotes.toString());
    assertEquals("the party had lost its way", quotes.get(0).text());
    assertEquals("Al From", quotes.get(0).speakerName().orElse(null));
  }

  @org.junit.jupiter.api.Test
  void whatStandsInAPollIsItsFinding() {
    String text = "In a new Harbour Times poll released Monday, Ruiz leads Weber by 12 points with "
        + "likely voters. In the latest county survey, conducted in May, Weber trailed by 4 points. "
        + "Ruiz won about half of the older voters, in the survey. Weber fell back in most polls. "
        + "In a poll released Friday, most skippers said they backed the levy. Weber gained "
        + "ground among young voters in the latest county poll.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertEquals(List.of("Ruiz leads Weber by 12 points with likely voters",
            "Weber trailed by 4 points", "Ruiz won about half of the older voters",
            "they backed the levy", "Weber gained ground among young voters"),
        quotes.stream().map(Quote::text).toList());
    assertEquals(List.of("a new Harbour Times poll", "the latest county survey", "the survey",
            "most skippers", "the latest county poll"),
        quotes.stream().map(q -> q.speakerName().orElse(null)).toList());
    assertEquals("In", quotes.get(0).cue().map(Span::text).orElse(null));
  }

  @org.junit.jupiter.api.Test
  void offeredGoodsAndReportedThingsAreNotWords() {
    String text = "The harbour offers cheap berths and fresh fish. Mina Holt offered the crew a "
        + "bonus. A neighbour reported the noise to the police. Some readers reported the post as "
        + "spam.";
    assertEquals(List.of(), SharedExtractor.get().extract(text));
  }

  @org.junit.jupiter.api.Test
  void whatWasSeenIsNoViewWithoutAs() {
    String text = "Ana Ruiz saw the film twice. Weber does not see the plan as a threat. Holt "
        + "considered running for mayor. The board cast its vote as a protest against the levy.";
    assertEquals(List.of(), SharedExtractor.get().extract(text));
  }

  @org.junit.jupiter.api.Test
  void aNameAfterReportedIsWhoReported() {
    String text = "The ferry will stop running in May, reported the Harbour Times. The port "
        + "reported a rise in visits to the harbour.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertEquals(List.of("The ferry will stop running in May", "a rise in visits to the harbour"),
        quotes.stream().map(Quote::text).toList());
    assertEquals(List.of("the Harbour Times", "the port"),
        quotes.stream().map(q -> q.speakerName().orElse(null)).toList());
  }

  @org.junit.jupiter.api.Test
  void whoseAidesSpeakIsResolvedFromAPossessivePronoun() {
    // An organisation is named as the article names it ("Weber's allies"); a pronoun is resolved.
    String text = "Karl Weber is running for mayor. His campaign said the port would stay open. "
        + "Mayor Ana Ruiz spoke next. Her aides said the levy was fair. Weber's allies "
        + "said the vote was early.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertEquals(List.of("Karl Weber's campaign", "Ana Ruiz's aides", "Weber's allies"),
        quotes.stream().map(q -> q.speakerName().orElse(null)).toList(), quotes.toString());
    assertEquals("His campaign", quotes.get(0).speaker().flatMap(Speaker::mention)
        .map(Span::text).orElse(null), "the mention stays as written");
  }

  @org.junit.jupiter.api.Test
  void theTimeOfTheTellingIsNotPartOfWhatWasTold() {
    String text = "Weber announced on Friday the closure of the old pier. Ruiz said Friday's vote "
        + "was a mistake. Weber said Monday was the deadline.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertEquals(List.of("the closure of the old pier", "Friday's vote was a mistake",
            "Monday was the deadline"),
        quotes.stream().map(Quote::text).toList());
  }

  @org.junit.jupiter.api.Test
  void whenSomethingWasSaidIsNotWhatWasSaid() {
    String text = "Ana Ruiz ran the firm for a decade. That was what Ms. Ruiz said when she left "
        + "the firm in 2014.\n\nBut when the council cut the funds two years later, the city "
        + "said enough.";
    assertEquals(List.of(), SharedExtractor.get().extract(text));
  }

  @org.junit.jupiter.api.Test
  void interruptedQuoteGivesTwoRecordsWithOneSpeaker() {
    String text =
        "Lena Okafor runs the port. \"We listened,\" she said. \"And we changed the plan.\"";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertEquals(2, quotes.size(), quotes.toString());
    assertEquals("Lena Okafor", quotes.get(0).speakerName().orElse(null));
    assertEquals("Lena Okafor", quotes.get(1).speakerName().orElse(null));
    assertTrue(quotes.get(1).cue().isEmpty());
  }

  @org.junit.jupiter.api.Test
  void aCueThatInterruptsItsSentenceReportsBothHalves() {
    String text =
        "Mina Holt runs the airport. The new terminal, Holt told reporters on Monday, "
            + "would open in May.\n\nEven if the loan falls through, she said, the work will go on.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertEquals(
        List.of("The new terminal", "would open in May", "Even if the loan falls through",
            "the work will go on"),
        quotes.stream().map(Quote::text).toList());
    for (Quote q : quotes) {
      assertEquals(QuoteKind.INDIRECT, q.kind());
      assertEquals("Mina Holt", q.speakerName().orElse(null));
    }
    assertEquals("told", quotes.get(0).cue().map(Span::text).orElse(null));
    assertEquals(quotes.get(0).cue(), quotes.get(1).cue());
  }

  @org.junit.jupiter.api.Test
  void anInterruptingCueAfterTheVerbOrBeforeTwoWordsStillSplitsTheSentence() {
    String text = "Karl Weber spoke on Friday. It was, Weber said, the worst week of the "
        + "harbour's year. The ferry, he says, is late.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertEquals(
        List.of("It was", "the worst week of the harbour's year", "The ferry", "is late"),
        quotes.stream().map(Quote::text).toList());
    for (Quote q : quotes) {
      assertEquals("Karl Weber", q.speakerName().orElse(null));
    }
  }

  @org.junit.jupiter.api.Test
  void anInterruptingCueMayBeFollowedByAQuotationThatTheClauseGoesOnFrom() {
    String text =
        "Mina Holt runs the airport. These plans, Holt said, \"all point the same way\" for the "
            + "city and its suburbs.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    Quote mixed = quotes.stream().filter(q -> q.kind() == QuoteKind.MIXED).findFirst()
        .orElseThrow(() -> new AssertionError(quotes.toString()));
    assertEquals("\"all point the same way\" for the city and its suburbs", mixed.text());
    assertEquals("Mina Holt", mixed.speakerName().orElse(null));
  }

  @org.junit.jupiter.api.Test
  void anInterruptingCueBeforeAShortQuotationKeepsBothHalves() {
    // The parser reads "Holt" as in apposition to "runway" and "changes" as a noun.
    String text =
        "Mina Holt runs the airport. The new runway, Holt said, \"changes nothing at all\" for "
            + "the city and its suburbs.\n\n"
            + "Talking to the press once the count was in, Holt said, \"We won this fairly.\"";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    List<String> texts = quotes.stream().map(Quote::text).toList();
    assertTrue(texts.contains("The new runway"), texts.toString());
    assertTrue(texts.contains("\"changes nothing at all\" for the city and its suburbs"),
        texts.toString());
    // The writer's framing before a direct quotation is not a quote.
    assertTrue(texts.stream().noneMatch(t -> t.startsWith("Talking")), texts.toString());
    for (Quote q : quotes) {
      assertEquals("Mina Holt", q.speakerName().orElse(null));
    }
  }

  @org.junit.jupiter.api.Test
  void aReportThatHasItsCueKeepsItsSpeakerWhenAPaperRetellsIt() {
    String text =
        "\"We will not sell the cranes,\" Mina Holt said in an interview, as reported by the "
            + "Harbour Gazette.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertEquals(1, quotes.size(), quotes.toString());
    assertEquals("Mina Holt", quotes.get(0).speakerName().orElse(null));
  }

  @org.junit.jupiter.api.Test
  void aHeadlinesCapitalisedVerbIsNotPartOfTheName() {
    String text =
        "Chris Dalton Calls Karl Weber \u2018A Disgrace\u2019 Over Ferry Comments\n\n"
            + "Former governor Chris Dalton on Monday attacked the mayor. \"She has failed this "
            + "city,\" Dalton said.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertTrue(quotes.stream().anyMatch(q -> q.text().startsWith("\"She has failed")),
        quotes.toString());
    for (Quote q : quotes) {
      assertEquals("Chris Dalton", q.speakerName().orElse(null), q.toString());
    }
  }

  @org.junit.jupiter.api.Test
  void wordsOnASignAreNoOnesInParticular() {
    String text =
        "Dozens of parents gathered outside the town hall. Many carried placards reading \"Keep "
            + "our library open, please\", and some jeered the mayor as she spoke.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    Quote q = quotes.stream().filter(x -> x.text().contains("Keep our library open")).findFirst()
        .orElseThrow(() -> new AssertionError(quotes.toString()));
    assertTrue(q.speaker().isEmpty(), q.toString());
  }

  @org.junit.jupiter.api.Test
  void itIsNotAGroupOfPeople() {
    String text =
        "On Monday, port officials said the channel was too shallow for the new ships. A day "
            + "later it said the dredging would start in May.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    Quote q = quotes.stream().filter(x -> x.text().startsWith("the dredging")).findFirst()
        .orElseThrow(() -> new AssertionError(quotes.toString()));
    assertTrue(q.speakerName().filter(n -> n.contains("officials")).isEmpty(), q.toString());
  }

  @org.junit.jupiter.api.Test
  void aNameGivenToSomethingIsNoView() {
    String text = "Ana Holt founded a charity. Her group, called the Harbour Trust, will keep the "
        + "land until the loan is repaid.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertTrue(quotes.stream().noneMatch(q -> q.text().contains("will keep")), quotes.toString());
  }

  @org.junit.jupiter.api.Test
  void theOneToldInAPassiveIsNoSpeaker() {
    List<Quote> quotes = SharedExtractor.get().extract(
        "Ana Lopez was reported to have been told by the board that her contract would end.");
    assertTrue(quotes.stream().noneMatch(q -> q.speakerName().orElse("").contains("Lopez")),
        quotes.toString());
  }

  @org.junit.jupiter.api.Test
  void whatIsSoughtIsNoView() {
    List<Quote> quotes = SharedExtractor.get().extract(
        "It is too early for the harbour board to determine how deep the leak was. Investigators"
            + " are still trying to determine which ledgers were taken from the port office. One"
            + " quick way to understand the new rules is a walk along the pier.");
    assertTrue(quotes.isEmpty(), quotes.toString());
    List<Quote> asked = SharedExtractor.get().extract(
        "Ana Lopez wanted to know whether the pier would reopen.");
    assertEquals("Ana Lopez", asked.get(0).speakerName().orElse(null), asked.toString());
  }

  @org.junit.jupiter.api.Test
  void aForecastIsNoReport() {
    List<Quote> quotes = SharedExtractor.get().extract(
        "The council is expected to reveal next week that it will lease the dock.");
    assertTrue(quotes.isEmpty(), quotes.toString());
  }

  static Stream<Arguments> onlyOneReport() {
    return Stream.of(
        Arguments.of(
            "the noun \"states\" is no cue",
            "Years ago, New England states Maine, Vermont and Connecticut all backed Weber."
                + " \"Stay home,\" the memo states.",
            "the memo"),
        Arguments.of(
            "a name in quotation marks or with a possessive is no view",
            "Both unions oppose a pay formula called the \"fixed scale\" that would cut wages. He"
                + " and his sisters joined a movement called the Coastal People's Revolutionary"
                + " Party. A spokesman called the \"fixed scale\" unfair.",
            "A spokesman"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("onlyOneReport")
  void findsOnlyTheOneReport(String pattern, String text, String speaker) {
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertEquals(1, quotes.size(), quotes.toString());
    assertEquals(speaker, quotes.get(0).speakerName().orElse(null));
  }

  @org.junit.jupiter.api.Test
  void theWritersOwnIIsNotTheLastPersonNamed() {
    List<Quote> quotes = SharedExtractor.get().extract(
        "Karl Weber wants the harbour job. Mr. Weber, I have an offer to make. I said last week "
            + "that the port should publish its accounts.");
    Quote q = quotes.stream().filter(x -> x.text().equals("the port should publish its accounts"))
        .findFirst().orElseThrow(() -> new AssertionError(quotes.toString()));
    assertEquals("I", q.speaker().orElseThrow().mention().orElseThrow().text());
    assertTrue(q.speakerName().filter(n -> n.contains("Weber")).isEmpty(), q.toString());
  }

  @org.junit.jupiter.api.Test
  void aWhenClauseBeforeAWholeQuotationIsNotReported() {
    List<Quote> quotes = SharedExtractor.get().extract("After Karl Weber criticized Tom Lind "
        + "during a debate, Ana Holt said, \u201cI could have stayed home, but I chose to "
        + "work.\u201d");
    assertTrue(quotes.stream().noneMatch(q -> q.text().startsWith("After")), quotes.toString());
    assertTrue(quotes.stream().anyMatch(q -> q.text().startsWith("\u201cI could")
        && q.speakerName().orElse("").equals("Ana Holt")), quotes.toString());
  }

  @org.junit.jupiter.api.Test
  void aRiseIsNoRetort() {
    List<Quote> quotes =
        SharedExtractor.get().extract("Ferry fares shot back up in May and grew by 5 percent.");
    assertTrue(quotes.isEmpty(), quotes.toString());
  }

  @org.junit.jupiter.api.Test
  void aThingCalledByItsNameIsNoReport() {
    for (String text : List.of(
        "Karl Weber now runs a charity called Save Our Pier.",
        "The port board is funding a competition called the Harbour Medal, which rewards safe "
            + "skippers.")) {
      List<Quote> quotes = SharedExtractor.get().extract(text);
      assertTrue(quotes.isEmpty(), quotes.toString());
    }
    Quote q = SharedExtractor.get().extract("A spokesman called Weber a liar.").get(0);
    assertEquals("Weber a liar", q.text());
    List<Quote> quotes = SharedExtractor.get().extract(
        "A harbour newsletter called \"The Quay\" praised the skippers on Monday.");
    assertTrue(quotes.stream().noneMatch(x -> x.text().contains("Quay")), quotes.toString());
  }

  @org.junit.jupiter.api.Test
  void aTopicNoOneSpokeOfIsNoReport() {
    for (String text : List.of(
        "Karl Weber has not talked about the ferry deal.",
        "Nobody in the town is talking about the toll.",
        "The toll is what the whole town is talking about on the radio.",
        "A skipper referred to as the Captain runs the pier.",
        "Karl Weber referred the complaint to the harbour board.",
        "He spoke without referring to the toll.",
        "Mina Holt has not endorsed Weber.",
        "Mina Holt talked about it.",
        "Karl Weber did not mention the levy.",
        "The ferry line posted a record loss.",
        // A call to a person is no speech act with a name as its content; a city finds things.
        "Karl Weber called Holt on Monday.",
        "The city found a buyer for the old pier.")) {
      List<Quote> quotes = SharedExtractor.get().extract(text);
      assertTrue(quotes.isEmpty(), text + " " + quotes);
    }
  }

  @org.junit.jupiter.api.Test
  void aPersonShowingSomethingIsNoReport() {
    for (String text : List.of(
        "Mina Holt showed the new ferry to the council on a rainy Monday.",
        "The mayor showed the new ferry to the council on a rainy Monday.",
        "A harbour pilot showed the new ferry to the council on a rainy Monday.")) {
      List<Quote> quotes = SharedExtractor.get().extract(text);
      assertTrue(quotes.isEmpty(), quotes.toString());
    }
  }

  @org.junit.jupiter.api.Test
  void aCueInsideARelativeClauseDoesNotSplitTheSentence() {
    String text = "Mina Holt runs the airport. The terminal, which Holt said cost too much, opened in May.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertTrue(quotes.stream().noneMatch(q -> q.text().startsWith("The terminal")), quotes.toString());
  }

  @org.junit.jupiter.api.Test
  void aCueInsideARelativeClauseReportsTheRestOfIt() {
    String text =
        "Karl Weber attacked rival firms for their gifts, which he said were linked to contracts "
            + "from the city.\n\nThe stadium is near the river, which, Weber said, is often crowded "
            + "with boats in summer.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    List<String> texts = quotes.stream().map(Quote::text).toList();
    assertTrue(texts.contains("were linked to contracts from the city"), texts.toString());
    assertTrue(texts.contains("is often crowded with boats in summer"), texts.toString());
    for (Quote q : quotes) {
      assertEquals("Karl Weber", q.speakerName().orElse(null));
    }
  }

  @org.junit.jupiter.api.Test
  void aRelativeCueAlsoReportsThePronounOrNounItsClauseIsAbout() {
    String text =
        "Karl Weber attacked rival firms for their gifts, which he said were linked to contracts "
            + "from the city. All of which, he said, left the port short of cash. The board met in a hall "
            + "in which Weber said the roof leaked. The pier was paid for by a toll they say "
            + "funded the bridge, and by fees that critics say were never needed. The fund to "
            + "which Weber said the firm gave money was closed. It is unclear which firm officials "
            + "say won the contract.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    List<String> texts = quotes.stream().map(Quote::text).toList();
    // What was said runs through the pronoun or the noun and on after the cue: two records.
    assertTrue(texts.contains("which"), texts.toString());
    assertTrue(texts.contains("All of which"), texts.toString());
    assertTrue(texts.contains("a toll"), texts.toString());
    assertTrue(texts.contains("funded the bridge"), texts.toString());
    for (Quote q : quotes) {
      if (q.text().matches("which|All of which")) {
        assertEquals("Karl Weber", q.speakerName().orElse(null));
        assertEquals("said", q.cue().map(Span::text).orElse(null));
      }
    }
    // A "that" is no content once dropped, and "in which" is the place, not what was said.
    assertTrue(texts.stream().noneMatch(t -> t.equals("that")), texts.toString());
    assertEquals(1, texts.stream().filter(t -> t.equals("which")).count(), texts.toString());
  }

  @org.junit.jupiter.api.Test
  void aPrepositionOfWhenOrHowStaysOutOfTheCue() {
    for (String text : List.of(
        "Ana Holt called on Monday for calm.",
        "The board denied on Wednesday any wrongdoing.",
        "Tom Brenner called for years for a new bridge.",
        "Ana Holt announced with regret the closure of the mill.",
        "The mayor defended as necessary the cuts to the library.")) {
      List<Quote> quotes = SharedExtractor.get().extract(text);
      assertEquals(1, quotes.size(), text + " " + quotes);
      String cue = quotes.get(0).cue().map(Span::text).orElse("");
      assertFalse(cue.contains(" "), text + " " + quotes);
    }
  }

  @org.junit.jupiter.api.Test
  void theOnesAWhoClauseDescribesSpeakNotANounInsideIt() {
    // The parse hangs the reporting verb inside the "who" clause, its subject a noun there.
    List<Quote> some =
        SharedExtractor.get().extract("Some who back the toll argue the bridge needs it.");
    assertEquals(1, some.size(), some.toString());
    assertEquals("Some", some.get(0).speakerName().orElse(null));
    List<Quote> those = SharedExtractor.get().extract(
        "Mina Holt runs the port. Those who know Holt say she will run.");
    assertEquals(1, those.size(), those.toString());
    assertEquals("those who know Holt", those.get(0).speakerName().orElse(null));
  }

  @org.junit.jupiter.api.Test
  void aReportInsideAWhoClauseKeepsItsOwnSpeaker() {
    for (String text : List.of(
        "Those who heard Ana Holt say the plant would close were angry.",
        "People who think Ana Holt said the plant would close are mistaken.")) {
      List<Quote> quotes = SharedExtractor.get().extract(text);
      assertEquals(1, quotes.size(), text + " " + quotes);
      assertEquals("Ana Holt", quotes.get(0).speakerName().orElse(null), text);
    }
  }

  @org.junit.jupiter.api.Test
  void anOpeningParticipleStopsAtTheMainClauseAndSkipsQuestions() {
    List<Quote> arguing = SharedExtractor.get().extract(
        "Arguing that when prices rise, shoppers stay home, Ana Holt urged a freeze.");
    Quote q = arguing.stream().filter(x -> x.cue().map(Span::text).orElse("").equals("Arguing"))
        .findFirst().orElseThrow(() -> new AssertionError(arguing.toString()));
    assertEquals("when prices rise, shoppers stay home", q.text());
    assertEquals("Ana Holt", q.speakerName().orElse(null));
    List<Quote> explaining = SharedExtractor.get().extract(
        "Explaining why the plant closed, Ana Holt said costs had doubled.");
    assertTrue(explaining.stream().noneMatch(x -> x.text().startsWith("why")),
        explaining.toString());
  }

  @org.junit.jupiter.api.Test
  void aQuotationAfterAWordOfItsOwnIsNotTheSpeakersBefore() {
    for (String text : List.of(
        "\"I am done,\" Ana Holt said. Asked \"Will you run again?\" she only smiled.",
        "\"The plan is dead,\" Ana Holt said. Weber \"has never read it.\"",
        "\"We will rebuild,\" Ana Holt said. She then turned to Dr. Weber, \"the man who sank "
            + "the ferry.\"")) {
      List<Quote> quotes = SharedExtractor.get().extract(text);
      assertEquals(1, quotes.size(), text + " " + quotes);
    }
  }

  @org.junit.jupiter.api.Test
  void aQuotationThatOneWordOpensGoesOnAfterItsCue() {
    String text = "Ana Holt doubted the plan. \"He is meant to run this port,\" Holt said. "
        + "Instead, \"he waits for the tide.\"";
    Quote q = SharedExtractor.get().extract(text).stream()
        .filter(x -> x.text().startsWith("\"he waits"))
        .findFirst().orElseThrow(() -> new AssertionError(text));
    assertEquals("Ana Holt", q.speakerName().orElse(null));
    assertEquals(QuoteKind.DIRECT, q.kind());
  }

  @org.junit.jupiter.api.Test
  void aQuestionPutToTheSpeakerIsReportedWithoutTheOneWhoAsked() {
    String text =
        "Asked whether the port would sell its cranes, Karl Weber said it had no such plan.\n\n"
            + "\"Never,\" Mina Holt replied when asked by a councillor if the fares would rise.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    Quote asked = quotes.stream().filter(q -> q.text().startsWith("whether")).findFirst()
        .orElseThrow(() -> new AssertionError(quotes.toString()));
    assertEquals("whether the port would sell its cranes", asked.text());
    assertEquals(QuoteKind.INDIRECT, asked.kind());
    assertTrue(asked.speaker().isEmpty(), asked.toString());
    assertEquals("Asked", asked.cue().map(Span::text).orElse(null));
    Quote byCouncillor = quotes.stream().filter(q -> q.text().equals("if the fares would rise"))
        .findFirst().orElseThrow(() -> new AssertionError(quotes.toString()));
    assertEquals("a councillor", byCouncillor.speakerName().orElse(null));
    // The answer keeps its own speaker.
    assertEquals("Karl Weber", quotes.stream().filter(q -> q.text().equals("it had no such plan"))
        .findFirst().orElseThrow().speakerName().orElse(null));
  }

  @org.junit.jupiter.api.Test
  void everyQuestionAPersonPutsIsTheirsWhateverTheTense() {
    String text =
        "Ana Ribeiro has asked the harbour board whether the cranes were inspected, and she "
            + "asked the mayor why the ferry was late.\n\nKarl Weber will ask the council if the "
            + "fares can fall. Mina Holt is asking the minister whether the port will close.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    List<String> texts = quotes.stream().map(Quote::text).toList();
    String[][] expected = {
        {"whether the cranes were inspected", "Ana Ribeiro"},
        {"why the ferry was late", "Ana Ribeiro"},
        {"if the fares can fall", "Karl Weber"},
        {"whether the port will close", "Mina Holt"}};
    for (String[] e : expected) {
      Quote q = quotes.stream().filter(x -> x.text().equals(e[0])).findFirst()
          .orElseThrow(() -> new AssertionError(e[0] + " not in " + texts));
      assertEquals(e[1], q.speakerName().orElse(null), q.toString());
      assertEquals(QuoteKind.INDIRECT, q.kind());
    }
  }

  @org.junit.jupiter.api.Test
  void aQuotationOpenedByTwoApostrophesBeginsItsOwnSentence() {
    // The tokenizer reads '' as a closing mark: the next quotation must not join the question.
    String text = "''Jobs, jobs, jobs,'' Mina Holt said on Friday when asked what Karl Weber "
        + "would do at the port. ''Nobody did it better, and nobody built more.''";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    List<String> texts = quotes.stream().map(Quote::text).toList();
    assertTrue(texts.contains("what Karl Weber would do at the port"), texts.toString());
    assertTrue(texts.contains("''Nobody did it better, and nobody built more.''"),
        texts.toString());
  }

  @org.junit.jupiter.api.Test
  void aSecondSpeakerAfterAnInterruptingCueReportsForThemselves() {
    String text = "Exports fell 4 percent, the ministry said, and union leaders say the cuts will "
        + "go deeper.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    for (Quote q : quotes) {
      if (q.text().contains("cuts")) {
        assertEquals("union leaders", q.speakerName().orElse(null), q.toString());
      }
    }
    assertTrue(quotes.stream().anyMatch(q -> q.text().equals("the cuts will go deeper")),
        quotes.toString());
  }

  @org.junit.jupiter.api.Test
  void aQuotationAfterASentenceAboutAPersonIsTheirs() {
    String text =
        "\"We will win,\" Mike Pence said on Sunday.\n\n"
            + "Sen. Karl Weber, who lost the primary, named the ferry fares as the reason for the "
            + "result. \"Nobody on the island can pay them.\"";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertEquals(2, quotes.size(), quotes.toString());
    assertEquals("Karl Weber", quotes.get(1).speakerName().orElse(null));
    assertTrue(quotes.get(1).cue().isEmpty());
  }

  @org.junit.jupiter.api.Test
  void quoteParagraphWithoutCueTakesThePreviousSpeaker() {
    String text =
        "\"The budget is balanced,\" Finance Minister Paul Keane said.\n\n"
            + "\"Nobody will pay more tax next year, and nobody will lose a service.\"\n\n"
            + "The opposition was not convinced.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertEquals(2, quotes.size(), quotes.toString());
    assertEquals("Paul Keane", quotes.get(1).speakerName().orElse(null));
    assertTrue(quotes.get(1).cue().isEmpty());
    // The attribution that covers the first quote covers the second: the same mention.
    assertEquals(
        quotes.get(0).speaker().orElseThrow().mention(),
        quotes.get(1).speaker().orElseThrow().mention());
  }

  @org.junit.jupiter.api.Test
  void aShortSentenceQuotedRightAfterTheCueGoesOnWithTheSameSpeaker() {
    String text =
        "\"The night shifts wear the crews down,\" Karl Weber said on Friday. \"Every week.\" "
            + "The ferry still runs twice a day. \"Every week.\"";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertEquals(2, quotes.size(), "the same words after the narration are no speech: " + quotes);
    assertEquals("\"Every week.\"", quotes.get(1).text());
    assertEquals("Karl Weber", quotes.get(1).speakerName().orElse(null));
  }

  @org.junit.jupiter.api.Test
  void aQuotationInsideAReportedClauseIsTheReportersEvenWithACueOfItsOwn() {
    String text =
        "Mayor Ana Ruiz mocked the objection, saying anyone who objects to the new rules "
            + "\u201chas already lost the argument.\u201d\n\n"
            + "Ruiz says she admired the nurse's calm through what she calls a "
            + "\u201clong season of very bitter words.\u201d";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    List<Quote> mixed = quotes.stream().filter(q -> q.kind() == QuoteKind.MIXED).toList();
    assertEquals(2, mixed.size(), quotes.toString());
    assertTrue(mixed.get(0).text().startsWith("anyone who objects"), mixed.get(0).text());
    assertTrue(mixed.get(1).text().startsWith("she admired"), mixed.get(1).text());
    for (Quote q : mixed) {
      assertEquals("Ana Ruiz", q.speakerName().orElse(null));
    }
    // No second record for the quoted words alone.
    assertEquals(2, quotes.stream().filter(q -> q.kind() != QuoteKind.INDIRECT).count());
  }

  @org.junit.jupiter.api.Test
  void oneCueAttributesAClauseBeforeItAndAQuotationAfterIt() {
    String text =
        "Ortiz \"kept her pension,\" Senator Karl Weber said, and still \"sat on the board.\"";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertEquals(2, quotes.size(), quotes.toString());
    assertEquals(QuoteKind.MIXED, quotes.get(0).kind());
    assertEquals("Ortiz \"kept her pension,\"", quotes.get(0).text());
    assertEquals(QuoteKind.DIRECT, quotes.get(1).kind());
    for (Quote q : quotes) {
      assertEquals("Karl Weber", q.speakerName().orElse(null));
    }
  }

  @org.junit.jupiter.api.Test
  void transcriptTurnsAreTheirSpeakersWords() {
    // As scraped pages give them: each turn opens with a quotation mark that never closes.
    String text =
        "\"MORA: We will cut the tax this year for every family.\n\n"
            + "\"KELLY: Will you cut it for everyone in the state?\n\n"
            + "\"MORA: For everyone who earns less than the average wage.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertEquals(
        List.of("MORA", "KELLY", "MORA"),
        quotes.stream().map(q -> q.speakerName().orElse("")).toList(),
        quotes.toString());
    assertEquals("We will cut the tax this year for every family", quotes.get(0).text());
    assertEquals(":", quotes.get(0).cue().orElseThrow().text());
  }

  @org.junit.jupiter.api.Test
  void aDashEndsTheSpeakersNounPhrase() {
    String text = "While some skippers say Tomas Lind would sleep better if he sold his boat - a "
        + "lifelong love - others say he has rarely looked happier.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertEquals(2, quotes.size(), quotes.toString());
    assertEquals("Tomas Lind would sleep better if he sold his boat - a lifelong love",
        quotes.get(0).text());
    assertEquals("some skippers", quotes.get(0).speakerName().orElse(null));
    assertEquals("he has rarely looked happier", quotes.get(1).text());
    assertEquals("others", quotes.get(1).speakerName().orElse(null));
  }

  @org.junit.jupiter.api.Test
  void anEditorsLabelIsNoSpeaker() {
    String text = "The council met on Monday.\n\nUPDATE: The meeting has been moved to Tuesday.";
    assertEquals(List.of(), SharedExtractor.get().extract(text));
  }

  @org.junit.jupiter.api.Test
  void titlesInQuotationMarksAreNotQuotes() {
    String text =
        "Karl Weber, who presents the radio hour \"Morning in the Harbour,\" was angry on Monday.\n\n"
            + "\"Tales of the Old Quay\" spends its last chapter on the council's old plans.\n\n"
            + "\"Ferry fares will rise again next spring,\" by the Leeds Courier's Ana Ruiz.\n\n"
            + "Lena Okafor starred in the film, \"Gone With the Tide.\"";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertTrue(quotes.isEmpty(), quotes.toString());
  }

  @org.junit.jupiter.api.Test
  void aProgrammeNamedAfterTheCueIsNotItsWords() {
    String text =
        "\"The council should be working to change that,\" Lena Okafor said on Harbour TV's "
            + "\"This Week with Tomas Lind.\" \"We will not give in.\"\n\n"
            + "\"I expect to be questioned,\" Karl Weber said on \"Meet the Port.\"\n\n"
            + "\"I could hardly hear,\" Weber told Harbour TV's \"Today\" on Monday.";
    List<String> texts = SharedExtractor.get().extract(text).stream().map(Quote::text).toList();
    assertEquals(
        List.of("\"The council should be working to change that,\"", "\"We will not give in.\"",
            "\"I expect to be questioned,\"", "\"I could hardly hear,\""),
        texts);
  }

  @org.junit.jupiter.api.Test
  void whereItWasSaidIsNotWhatWasSaid() {
    String text = "\"Fixing the pier comes first,\" Okafor said in June on the radio show \"Tides "
        + "and Times.\"";
    List<String> texts = SharedExtractor.get().extract(text).stream().map(Quote::text).toList();
    assertEquals(List.of("\"Fixing the pier comes first,\""), texts);
  }

  @org.junit.jupiter.api.Test
  void scareQuotesAreNotQuotes() {
    String text = "The \"green corridor\" runs along the old railway and opens next year.";
    assertEquals(List.of(), SharedExtractor.get().extract(text));
  }

  @org.junit.jupiter.api.Test
  void aShortQuotationUnderANamingVerbIsTheSubjectsWords() {
    String text = "Senator Ruth Adler called the plan \"reckless\" on Tuesday in Albany.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertEquals(1, quotes.size(), quotes.toString());
    Quote q = quotes.get(0);
    assertEquals(QuoteKind.MIXED, q.kind());
    // The reported content ends with the quotation; when and where she said it is not part of it.
    assertEquals("the plan \"reckless\"", q.text());
    assertEquals("Ruth Adler", q.speakerName().orElse(null));
    assertEquals("called", q.cue().orElseThrow().text());
  }

  @org.junit.jupiter.api.Test
  void aBareTitleIsResolvedOnlyToTheOfficeItNames() {
    String text = "Republican presidential nominee Karl Weber and Democratic vice presidential "
        + "nominee Ana Ruiz met in Dover.\n\n"
        + "\"We will win the port,\" the Democratic presidential nominee said on Monday.\n\n"
        + "\"The port is ours,\" the Republican nominee said.\n\n"
        + "\"Nobody owns the port,\" the vice-presidential nominee said.";
    List<String> speakers = SharedExtractor.get().extract(text).stream()
        .map(q -> q.speakerName().orElse(null)).toList();
    // The Democrats' presidential nominee is not named: no one the article names holds that office.
    assertEquals(
        List.of("the Democratic presidential nominee", "Karl Weber", "Ana Ruiz"), speakers);
  }

  @org.junit.jupiter.api.Test
  void aSideReportKeepsItsOwnSpeakerAndLeavesTheRunAlone() {
    String text = "\u201cYou have been very kind,\u201d Okafor assured Ruiz, after Ruiz assured "
        + "Okafor that the harbour would stay open. \u201cYou can count on the harbour.\u201d";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertEquals(
        List.of("Okafor", "Ruiz", "Okafor"),
        quotes.stream().map(q -> q.speakerName().orElse(null)).toList(), quotes.toString());
    assertEquals(QuoteKind.INDIRECT, quotes.get(1).kind());
  }

  @org.junit.jupiter.api.Test
  void aParagraphThatAnnouncesNoSpeechGivesTheNextQuoteNoSpeaker() {
    for (String setup : List.of("Karl Weber declined to comment.", "Karl Weber did not say why.",
        "Karl Weber closed the port.")) {
      String text = "The hearing ran late.\n\n" + setup + "\n\n\u201cThe port has been sold "
          + "twice and nobody asked the town.\u201d";
      Quote q = SharedExtractor.get().extract(text).stream()
          .filter(x -> x.kind() == QuoteKind.DIRECT).findFirst().orElseThrow();
      assertEquals(Optional.empty(), q.speakerName(), setup);
    }
  }

  @org.junit.jupiter.api.Test
  void aQuotedSubheadIsNotTheWordsOfTheParagraphBefore() {
    String text = "The hearing ran late.\n\nKarl Weber announced the port would close in May."
        + "\n\n\u201cVOTERS WILL DECIDE\u201d\n\nThe vote is set for June.";
    assertTrue(
        SharedExtractor.get().extract(text).stream()
            .noneMatch(q -> q.text().contains("VOTERS") && q.speakerName().isPresent()));
  }

  @org.junit.jupiter.api.Test
  void aPronounIsNotResolvedToASurnameWhoseFullNameIsTheOtherGender() {
    // "Weber" alone says nothing of gender, but the article's Weber is Karl: "she" is Ruiz.
    String text = "Karl Weber and Ana Ruiz ran for mayor of Dover. Ruiz won the vote by a wide "
        + "margin. Weber congratulated Ruiz on Monday. She said she would fix the pier first.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertEquals(1, quotes.size(), quotes.toString());
    assertEquals("Ana Ruiz", quotes.get(0).speakerName().orElse(null));
  }

  @org.junit.jupiter.api.Test
  void firstNamesOutsideTheShortListsStillTellAPronounsReferent() {
    // Neither "Hillary" nor "Bernie" is in CoreNLP's short name lists; its long one has both.
    String text = "Hillary Ruiz and Bernie Weber debated in Dover. Weber thanked Ruiz on Monday. "
        + "She said the pier comes first.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertEquals(1, quotes.size(), quotes.toString());
    assertEquals("Hillary Ruiz", quotes.get(0).speakerName().orElse(null));
  }

  @org.junit.jupiter.api.Test
  void aRelativeClausesVerbTaggedAsANounStillLeavesTheReportedClause() {
    // The tagger reads "disrespect" as a noun; the parse then finds no clause after "says".
    String text = "Karl Weber spoke for the port board. He says skippers who disrespect the "
        + "orders of the harbour master can be barred from the quay.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertEquals(1, quotes.size(), quotes.toString());
    assertEquals("skippers who disrespect the orders of the harbour master can be barred from "
        + "the quay", quotes.get(0).text());
    assertEquals("Karl Weber", quotes.get(0).speakerName().orElse(null));
  }

  @org.junit.jupiter.api.Test
  void aSubjectPronounThatTheParseTookForAnObjectStillOpensTheClause() {
    String text = "The board met on Monday. Several pilots said they, too, have received no pay "
        + "from the harbour board since the storm.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertEquals(1, quotes.size(), quotes.toString());
    assertEquals("they, too, have received no pay from the harbour board since the storm",
        quotes.get(0).text());
  }

  @org.junit.jupiter.api.Test
  void anAsideBetweenDashesDoesNotHideTheThatClauseAfterIt() {
    String text = "Ana Ruiz said \u2014 on the radio, as it happens \u2014 that the port raised "
        + "$4 million that week.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertEquals(1, quotes.size(), quotes.toString());
    assertEquals("the port raised $4 million that week", quotes.get(0).text());
    assertEquals("Ana Ruiz", quotes.get(0).speakerName().orElse(null));
  }

  @org.junit.jupiter.api.Test
  void aPhraseSetInRightAfterThatKeepsTheClauseWhole() {
    String text = "Two officials at the port said that, in the months when the ferry sat idle, Holt "
        + "was quietly courting a buyer.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertEquals(1, quotes.size(), quotes.toString());
    assertEquals("in the months when the ferry sat idle, Holt was quietly courting a buyer",
        quotes.get(0).text());
  }

  @org.junit.jupiter.api.Test
  void aSpeechVerbAfterButSharesTheSubjectOfTheMainVerb() {
    String text = "Ana Ruiz owed the bank about $8,000 when the shop closed. She paid that down to "
        + "$3,500 in two winters, but said she could never reopen the shop because rents were too "
        + "high.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertEquals(1, quotes.size(), quotes.toString());
    assertEquals("Ana Ruiz", quotes.get(0).speakerName().orElse(null));
    assertTrue(quotes.get(0).text().startsWith("she could never reopen the shop"), quotes.toString());
  }

  @org.junit.jupiter.api.Test
  void theOneToldIsNotPartOfAClauseWithoutThat() {
    String text = "Mr Weber told BBC Radio Kent the group would take the matter to the High Court.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertEquals(1, quotes.size(), quotes.toString());
    assertEquals("the group would take the matter to the High Court", quotes.get(0).text());
  }

  @org.junit.jupiter.api.Test
  void aFindingInAClauseBeforeTheMainOneEndsAtTheComma() {
    String text = "Although the survey showed Ruiz poised to carry the county, the race was close "
        + "among older voters.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertEquals(1, quotes.size(), quotes.toString());
    assertEquals("Ruiz poised to carry the county", quotes.get(0).text());
  }

  @org.junit.jupiter.api.Test
  void aRelativeClauseOnAnInvertedSpeakerIsNotWhatWasSaid() {
    String text = "The mayor, said Ana Ruiz, who has worked beside him for a decade, never forgets "
        + "a slight.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertEquals(List.of("The mayor", "never forgets a slight"),
        quotes.stream().map(Quote::text).toList(), quotes.toString());
    assertTrue(quotes.stream().allMatch(q -> q.speakerName().orElse("").equals("Ana Ruiz")));
  }

  @org.junit.jupiter.api.Test
  void aSecondThatClauseGoesWithTheFirstEvenWhenItsVerbReports() {
    String text = "Karl Weber says few trusted the ferry plan at first but that the crew always "
        + "believed in it.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertEquals(1, quotes.size(), quotes.toString());
    assertEquals("few trusted the ferry plan at first but that the crew always believed in it",
        quotes.get(0).text());
    assertEquals("Karl Weber", quotes.get(0).speakerName().orElse(null));
  }

  @org.junit.jupiter.api.Test
  void aReasonRightAfterTheClaimIsPartOfIt() {
    String text = "Karl Weber says Ana Ruiz should not run the harbour board, because she has "
        + "ignored the safety reports.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertEquals(1, quotes.size(), quotes.toString());
    assertEquals("Ana Ruiz should not run the harbour board, because she has ignored the safety "
        + "reports",
        quotes.get(0).text());
  }

  @org.junit.jupiter.api.Test
  void anOpeningQuestionRunsPastTheCommasOfItsAsides() {
    String text = "Asked why the board did not follow the council's demand, in the same bill, that "
        + "the report name sites, Lind said the law was unclear.";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    assertTrue(quotes.stream().anyMatch(q -> q.text().equals("why the board did not follow the "
        + "council's demand, in the same bill, that the report name sites")), quotes.toString());
    assertTrue(quotes.stream().anyMatch(q -> q.text().equals("the law was unclear")),
        quotes.toString());
  }

  @org.junit.jupiter.api.Test
  void thatAsAPronounBeforeACommaOpensNoClause() {
    for (String text : List.of("Tom Lind did not deny that, but he said the figures were old.",
        "Ana Ruiz said that, while Karl Weber said the opposite.",
        "Ana Ruiz would not say that, because she did not know the figures.")) {
      List<Quote> quotes = SharedExtractor.get().extract(text);
      assertTrue(quotes.stream().noneMatch(q -> q.text().startsWith("but ")
          || q.text().startsWith("while ") || q.text().startsWith("because ")), text + quotes);
    }
  }

  @org.junit.jupiter.api.Test
  void aSpeechVerbInsideARelativeClauseDoesNotTakeTheMainSubject() {
    String text = "Ana Ruiz hired Karl Weber, who paid that down to $3,500 in two winters, but "
        + "said he could not teach.";
    assertTrue(SharedExtractor.get().extract(text).stream()
        .noneMatch(q -> q.speakerName().orElse("").equals("Ana Ruiz")));
  }

  @org.junit.jupiter.api.Test
  void whatTheSpeakerDidNextIsNotTheRestOfTheReport() {
    List<Quote> quotes = SharedExtractor.get().extract(
        "No comment, said Karl Weber, then walked out of the hall.");
    assertTrue(quotes.stream().noneMatch(q -> q.text().contains("walked out")), quotes.toString());
    quotes = SharedExtractor.get().extract(
        "Tom Lind said he would resign, because the board had demanded it, and left.");
    assertTrue(quotes.stream().noneMatch(q -> q.text().contains("and left")), quotes.toString());
  }

  @org.junit.jupiter.api.Test
  void aSurnameThatIsATitleDoesNotHandTheNameToThePlaceAfterIt() {
    List<Quote> quotes = SharedExtractor.get().extract("\"The harbour cannot wait,\" said "
        + "Representative Karl King of New York, the plan's sponsor.");
    assertEquals(1, quotes.size(), quotes.toString());
    assertEquals("Karl King", quotes.get(0).speakerName().orElse(null));
  }

  @org.junit.jupiter.api.Test
  void aRelativeClauseOnTheSourceIsNotPartOfWhatItSays() {
    for (String text : List.of(
        "According to an official at the port, who asked not to be named, the ferry will stop "
            + "in May.",
        "According to an official at the port, who asked not to be named because he was not "
            + "allowed to speak to the press, the council expects to raise the fares this year.")) {
      List<Quote> quotes = SharedExtractor.get().extract(text);
      assertEquals(1, quotes.size(), text + quotes);
      assertTrue(quotes.get(0).text().matches("the (ferry|council) .*(May|year)"), text + quotes);
      assertTrue(quotes.get(0).speakerName().orElse("").startsWith("an official"), text + quotes);
    }
  }

  @org.junit.jupiter.api.Test
  void aParticipleAfterTheNamedSpeakersAppositionIsTheirs() {
    List<Quote> quotes = SharedExtractor.get().extract("\"We are watching the situation "
        + "closely,\" said Ana Ruiz, chief economist at Harbour Bank in Lisbon, adding that "
        + "inflation could rise.");
    assertEquals(2, quotes.size(), quotes.toString());
    assertEquals("inflation could rise", quotes.get(1).text());
    assertEquals("Ana Ruiz", quotes.get(1).speakerName().orElse(null));
  }

  @org.junit.jupiter.api.Test
  void aTitleWithAPlaceBeforeItStandsForItsHolder() {
    List<Quote> quotes = SharedExtractor.get().extract("Senator Carla Benning of Oregon on "
        + "Thursday accused the agency of stalling on aid.\n\n\"People are sleeping in their "
        + "cars,\" the Oregon senator said at a briefing.");
    assertEquals("Carla Benning", quotes.get(quotes.size() - 1).speakerName().orElse(null),
        quotes.toString());
  }

  @org.junit.jupiter.api.Test
  void aPronounAfterATitledSubjectIsTheTitleHolders() {
    List<Quote> quotes = SharedExtractor.get().extract("Senator Carla Benning accused the agency "
        + "of stalling on aid. \"People are sleeping in their cars,\" Benning said.\n\n"
        + "Her opponent, Ellen Harlan, has accused her of exploiting the fires. \"Where was she "
        + "when the forests needed thinning?\" Harlan said.\n\n"
        + "The senator brushed off the criticism. \"I'll let voters judge,\" she said.");
    Quote last = quotes.get(quotes.size() - 1);
    assertEquals("\"I'll let voters judge,\"", last.text());
    assertEquals("Carla Benning", last.speakerName().orElse(null), quotes.toString());
  }

  @org.junit.jupiter.api.Test
  void pluralOrNonPersonSubjectsDoNotTakeTheTitleHoldersName() {
    List<Quote> quotes = SharedExtractor.get().extract("Mia Holt can be heard shouting at "
        + "Officer Ana Ruiz and the others.\n\nWhen Holt gets nearer, two of the officers stand "
        + "by the car.\n\n\"Please let him live,\" she said.");
    assertEquals("Mia Holt", quotes.get(quotes.size() - 1).speakerName().orElse(null),
        quotes.toString());
  }

  @org.junit.jupiter.api.Test
  void aShortTitleBeforeTheNameIsTheTitleWrittenOutLater() {
    List<Quote> quotes = SharedExtractor.get().extract("Gov. Tom Lind accused the agency of "
        + "stalling on aid.\n\n\"People are sleeping in their cars,\" the governor said at a "
        + "briefing.");
    assertEquals("Tom Lind", quotes.get(quotes.size() - 1).speakerName().orElse(null),
        quotes.toString());
  }

  @org.junit.jupiter.api.Test
  void theSpeakersNextActAfterAQuotingComplementIsNotPartOfIt() {
    List<Quote> quotes = SharedExtractor.get().extract("The Department for Education said the "
        + "offer was \"fair\" and urged the union to return to talks.");
    assertTrue(quotes.stream().anyMatch(q -> q.text().equals("the offer was \"fair\"")),
        quotes.toString());
    assertTrue(quotes.stream().anyMatch(q -> q.text().equals("the union to return to talks")),
        quotes.toString());
  }

  @org.junit.jupiter.api.Test
  void aClauseJoinedAfterAQuotingComplementGoesOnWithIt() {
    List<Quote> quotes = SharedExtractor.get().extract("Karl Weber said fares could be "
        + "\u201cfar too high,\u201d and have been rising for years.");
    assertEquals(1, quotes.size(), quotes.toString());
    assertEquals("fares could be \u201cfar too high,\u201d and have been rising for years",
        quotes.get(0).text());
  }

  @org.junit.jupiter.api.Test
  void aNameUsedAloneFromInsideAFullNameIsThatPerson() {
    List<Quote> quotes = SharedExtractor.get().extract("President Joao Marcos Tavo da Cunha met "
        + "the delegation. Tavo later called the deal \"a historic opportunity.\"");
    assertEquals("Joao Marcos Tavo da Cunha",
        quotes.get(quotes.size() - 1).speakerName().orElse(null), quotes.toString());
  }

  @org.junit.jupiter.api.Test
  void aBodyNamedInAppositionSpeaks() {
    List<Quote> quotes = SharedExtractor.get().extract("The harbour's largest tenant, Crestmark "
        + "Partners, said the fees were too high.");
    assertEquals(1, quotes.size(), quotes.toString());
    assertEquals("Crestmark Partners", quotes.get(0).speakerName().orElse(null));
  }

  @org.junit.jupiter.api.Test
  void anInterviewersQuestionsCountAsTurnsOfATranscript() {
    List<Quote> quotes = SharedExtractor.get().extract("Q&A: A planner on the bus lanes\n\n"
        + "Marta Velez spent eight years as the city's chief transport planner.\n\n"
        + "Q: What went wrong?\n\n"
        + "VELEZ: We underestimated how much the shop owners would fight it.\n\n"
        + "Q: Would you do it again?\n\n"
        + "VELEZ: Yes, but slower.");
    assertTrue(quotes.stream().anyMatch(q -> q.text().startsWith("We underestimated")
        && q.speakerName().orElse("").equals("Marta Velez")), quotes.toString());
    assertTrue(quotes.stream().noneMatch(q -> q.speakerName().orElse("").startsWith("Q")),
        quotes.toString());
  }

  @org.junit.jupiter.api.Test
  void itAfterACapitalThatSpeaksIsThatCapital() {
    List<Quote> quotes = SharedExtractor.get().extract(
        "Lisbon has repeatedly warned against what it calls meddling in its harbour rules.");
    assertEquals(1, quotes.size(), quotes.toString());
    assertEquals("Lisbon", quotes.get(0).speakerName().orElse(null));
  }

  @org.junit.jupiter.api.Test
  void reviewProbesOfTitlesNamesAndBodiesKeepTheirSpeakers() {
    // A second man in view ("promised him") keeps the pronoun from the titled subject.
    assertLastSpeaker("Karl Weber", "Mayor Tom Lind has backed the flood plan. Karl Weber, a "
        + "shopkeeper whose store flooded twice, spoke first. The mayor has promised him "
        + "compensation. \"We lost everything, and I am still waiting,\" he said.");
    // "Its chairman" is another body's chairman.
    assertFalse(lastSpeaker("Crestmark chairman Karl Weber backed the merger in March. Halden "
        + "Capital has struggled since then. Its chairman stepped down on Friday. \"I leave "
        + "with my head held high,\" he said.").equals("Karl Weber"));
    // A given name used alone is not the middle name of someone else.
    assertLastSpeaker("Maria", "Ana Maria Ruiz, the mayor, toured the street on Tuesday. A "
        + "neighbour, who gave her name only as Maria, was less impressed. \"They come, they "
        + "take photos, they leave,\" Maria said.");
    // A place in a clause of time is not what "it" stands for.
    assertFalse(lastSpeaker("Shares in Crestmark Steel fell on Tuesday. The company has lost a "
        + "third of its exports since Brazil announced new tariffs in March. \"This will cost "
        + "jobs,\" it said.").equals("Brazil"));
    // Two bodies in apposition to a plural are not the first of them.
    assertFalse(lastSpeaker("Its two largest shareholders, Crestmark Partners and Halden "
        + "Capital, said on Monday that they would vote against the merger.")
        .equals("Crestmark Partners"));
    // Short titles: only as written before a name, and "Lt." keeps its rank.
    for (String text : List.of(
        "Gen. Karl Weber led the raid. The attorney general said the raid was \"lawful.\"",
        "Rep. Ana Ruiz introduced the bill. The union rep said workers were \"furious.\"",
        "Lt. Gov. Ana Ruiz chaired the hearing. The governor said the budget was \"final.\"")) {
      String speaker = lastSpeaker(text);
      assertFalse(speaker.equals("Karl Weber") || speaker.equals("Ana Ruiz"), text);
    }
  }

  @org.junit.jupiter.api.Test
  void aBarePastTenseAfterAQuotingComplementIsTheSpeakersNextAct() {
    List<Quote> quotes = SharedExtractor.get().extract("Karl Weber said the claims were "
        + "\u201ccomplete nonsense\u201d and hung up. Ana Ruiz said the fee was \u201cunfair,"
        + "\u201d and refused to pay it.");
    assertTrue(quotes.stream().noneMatch(q -> q.text().contains("hung up")
        || q.text().contains("refused")), quotes.toString());
  }

  @org.junit.jupiter.api.Test
  void headingsAndOneQuestionMakeNoTranscript() {
    List<Quote> quotes = SharedExtractor.get().extract("The city will vote on the bus lanes next "
        + "week.\n\nWHY IT MATTERS: Commuters have complained about delays for years.\n\n"
        + "WHAT'S NEXT: The council meets on Thursday.\n\nQ: Will fares go up? Officials said "
        + "no decision had been made.");
    assertTrue(quotes.stream().noneMatch(q -> q.speakerName().orElse("").matches("[A-Z' ]+")),
        quotes.toString());
  }

  @org.junit.jupiter.api.Test
  void aSentenceEndingInAPersonBeforeAColonIntroducesThatPersonsWords() {
    assertLastSpeaker("Dana Whitfield", "Support for the levy fell to 41 percent. The drop does "
        + "not surprise pollster Dana Whitfield: \"Voters punish anything that looks like a "
        + "tax.\"");
    assertLastSpeaker("Ron Alvarez", "Ferry fares rose again in May. That is the view of "
        + "economist Ron Alvarez, 58: \"Fares will go on rising all year.\"");
    assertLastSpeaker("Carl Ortega", "Support for the levy fell to 41 percent. The numbers "
        + "worried Carl Ortega, a councillor: \"The levy needs a new design now.\"");
    // A body or person that acts in the sentence may be the one quoted: no guess.
    assertFalse(lastSpeaker("The ferry company fired its finance chief, Paul Stone: \"We have "
        + "lost all confidence in him.\"").equals("Paul Stone"));
  }

  @org.junit.jupiter.api.Test
  void aTitleSetOffBesideANameLaterStandsForThatPerson() {
    assertLastSpeaker("Lena Okafor", "Lena Okafor, the mayor of Harrowgate, said the plant would "
        + "close.\n\n\"It will close in May,\" the mayor said.");
    assertLastSpeaker("Anna Rothwell", "Anna Rothwell, the company's chief executive, said sales "
        + "fell sharply.\n\n\"We expected worse,\" the chief executive said.");
    assertLastSpeaker("Ben Carter", "The finance director of Harlow Motors, Ben Carter, said the "
        + "plant would close in May.\n\n\"It is a sad day,\" the finance director said.");
    assertLastSpeaker("Karl Weber", "Karl Weber, 61, a retired teacher, said the town had "
        + "changed.\n\n\"Nobody listens any more,\" the teacher said.");
    // Papers that set titles in capitals: "the Premier", "the Minister".
    assertLastSpeaker("Ruth Bell", "Ruth Bell, the Minister for Health, opened the ward.\n\n"
        + "\"This is a great day for the town,\" the Minister said.");
    assertLastSpeaker("Rowan Ashbury", "Premier Rowan Ashbury visited the port.\n\n\"We will be "
        + "there as a partner,\" the Premier said.");
  }

  @org.junit.jupiter.api.Test
  void anIndefiniteTitleOrANumberBesideANameIsNoOneTheArticleNamed() {
    // "a spokesman" is some spokesman, not the one named before.
    assertFalse(lastSpeaker("Tom Reed, a spokesman for the union, said members would strike. "
        + "\"We have no choice,\" a spokesman for the rail operator said.").equals("Tom Reed"));
    // "Clinton, 45 percent of voters": a number is no title.
    assertFalse(lastSpeaker("When Ruiz is set against Weber, 45 percent of ferry users back "
        + "Ruiz. The percent claimed they knew little of him.").equals("Weber"));
    // A former office is not the one the article's later "the mayor" holds.
    assertFalse(lastSpeaker("Karl Weber, the former mayor, backed the plan. \"It will pass,\" "
        + "the mayor said.").equals("Karl Weber"));
  }

  @org.junit.jupiter.api.Test
  void aWireDatelineIsNeitherSpeakerNorPartOfOne() {
    assertLastSpeaker("Pellbrook", "LONDON, March 4 (Wire) - Pellbrook, the British retailer, "
        + "said on Tuesday it would close 40 stores.");
    assertLastSpeaker("Halvorsen Freight", "OSLO, March 4 (Wire) - Halvorsen Freight, the "
        + "Norwegian container carrier, said it would cut 300 jobs.");
  }

  @org.junit.jupiter.api.Test
  void honorificsOfBritishAustralianAndIndianPapersAreNoPartOfTheName() {
    assertLastSpeaker("Janet Hirst", "Cllr Janet Hirst said the offer was unfair. \"Two days a "
        + "week is not a bus service,\" Cllr Hirst said.");
    assertLastSpeaker("Ramakant Tiwaripal", "Shri Ramakant Tiwaripal said the farmers would be "
        + "paid before the monsoon.");
    assertLastSpeaker("Lachlan Teague", "\"We are ready,\" Cr Lachlan Teague said.");
  }

  @org.junit.jupiter.api.Test
  void theOneToldIsNoPartOfWhatWasSaid() {
    for (String text : List.of(
        "A banker close to the bid told Reuters the company had held early talks.",
        "The minister told the Financial Times the plan was dead.",
        "He told reporters the talks had failed.",
        "Ms. Lee told the committee the money was spent.")) {
      List<Quote> quotes = SharedExtractor.get().extract(text);
      assertEquals(1, quotes.size(), text + quotes);
      assertTrue(quotes.get(0).text().startsWith("the "), text + quotes);
    }
  }

  @org.junit.jupiter.api.Test
  void sheAfterASpokeswomanIsTheSpokeswomanNotTheBodySheSpeaksFor() {
    assertLastSpeaker("A spokeswoman for Halvorsen", "A spokeswoman for Halvorsen said the cuts "
        + "would affect office staff. She added that no ships would be sold.");
    // A man's pronoun is not the spokeswoman.
    assertLastSpeaker("Tom Lind", "A spokeswoman for Mayor Tom Lind said the budget was final. "
        + "He said on Friday that he would veto it.");
  }

  @org.junit.jupiter.api.Test
  void aSpeakerSetOffByARelativeClauseStillSpeaks() {
    assertLastSpeaker("the company spokesman", "The company spokesman, who asked not to be "
        + "named, said the plant was safe.");
  }

  @org.junit.jupiter.api.Test
  void aSurnameTheRecogniserLeftUntaggedStillSetsUpTheQuoteAfterIt() {
    assertLastSpeaker("Carlos Quintanar", "Carlos Quintanar came to the town in 1982.\n\n\"It is "
        + "a different town now,\" says John Obradovic.\n\nQuintanar is skeptical.\n\n\"They "
        + "have been promising that for twenty years,\" he says.");
  }

  @org.junit.jupiter.api.Test
  void aSecondReportJoinedToTheFirstReportsClauseSharesTheFirstReportsSubject() {
    assertLastSpeaker("the audit", "The audit found that the city spent $48 million, and "
        + "concluded that the benefits remain limited.");
  }

  @org.junit.jupiter.api.Test
  void aPossessiveAndANounOfSpeechBeforeAColonNameTheSpeaker() {
    assertLastSpeaker("Priya Castellane", "Mayor Priya Castellane visited the site on Tuesday. "
        + "Her message to the council: \"This is not over, not by a long way.\"");
    assertLastSpeaker("Tom Reed", "Tom Reed spoke next. Reed's verdict: \"The plan is dead and "
        + "everyone knows it.\"");
  }

  @org.junit.jupiter.api.Test
  void theAgeGivenAfterANameLaterStandsForThatPerson() {
    assertLastSpeaker("Daniel Okafor", "Daniel Okafor, 28, scored twice. \"It was the best "
        + "feeling,\" the 28-year-old said.");
    // Another age is someone else.
    assertFalse(lastSpeaker("Mark Bell, 31, was sent off. \"It was harsh,\" the 40-year-old "
        + "said.").equals("Mark Bell"));
  }

  @org.junit.jupiter.api.Test
  void reviewProbesOfThisSessionsTitleColonAndPronounRules() {
    // The relative clause is set off from the phrase's head, not from the last noun before it.
    assertLastSpeaker("A clerk close to the harbour board", "A clerk close to the harbour "
        + "board, who asked not to be named, said a deal was near.");
    // A title given with what it is of is not the one given of something else.
    assertFalse(lastSpeaker("Tom Reilly, the coach of the Hawks, praised his players. The coach "
        + "of the Falcons said the referee had been unfair.").equals("Tom Reilly"));
    // A title given without what it is of still answers a mention that says where.
    assertLastSpeaker("Hannah Lind", "Hannah Lind, the engineer who inspected the pier, spoke "
        + "first.\n\n\"It should never have failed,\" said the engineer at the inquiry.");
    // "The governor, Ana Ruiz said, ..." is no apposition.
    assertFalse(lastSpeaker("The governor, Ana Ruiz said, had vetoed the bill twice. The "
        + "governor said on Monday that he would sign it this time.").equals("Ana Ruiz"));
    // A prime minister is not a minister.
    assertFalse(lastSpeaker("Health Minister Ola Berg announced new funding for hospitals. The "
        + "Prime Minister said the money would arrive before winter.").equals("Ola Berg"));
    // Without ", and" the joined verb goes on with the clause's own subject.
    assertLastSpeaker("the clinic", "The review found that the clinic lost the files and "
        + "told the family that nothing was wrong.");
    // ... unless the joined verb is in the report's form, not the clause's.
    assertLastSpeaker("Some strategists", "Some strategists fear that the mayor has already "
        + "missed a chance and warn that the ferry plan will sink the budget.");
    // "A lesson from X:" is X's.
    assertLastSpeaker("Loretta Vance", "A lesson from Loretta Vance: 'Keep the harbour open to all "
        + "boats.'");
    // One pressed or greeted before a colon is not the one quoted.
    for (String text : List.of(
        "Pressure is growing on Chief Constable Mark Doyle: \"Resign now and take the whole "
            + "board with you.\"",
        "Heckles greeted Mayor Joan Pike: \"You lied to us about the library closures.\"")) {
      String speaker = lastSpeaker(text);
      assertFalse(speaker.equals("Mark Doyle") || speaker.equals("Joan Pike"), text);
    }
    // "she" stays with the mayor a spokeswoman speaks for.
    assertLastSpeaker("Ann Cole", "Mayor Ann Cole is under pressure to resign. A spokeswoman for "
        + "the mayor said she was in Paris on Monday. Last week she told the council: \"I will "
        + "not resign over a clerical error.\"");
  }

  @org.junit.jupiter.api.Test
  void reviewProbesOfSingleMarks() {
    // A scare quote ending in a plural before "who" or "were" closes there.
    List<Quote> quotes = SharedExtractor.get().extract("Union leader Ann Cole said bosses were "
        + "'fat cats' who had taken millions from the firm. She added: 'It is obscene and our "
        + "members know it.'");
    assertEquals(2, quotes.size(), quotes.toString());
    assertTrue(quotes.get(1).text().startsWith("'It is obscene"), quotes.toString());
    // An elision opens no quotation that could cut a double-marked one.
    quotes = SharedExtractor.get().extract("Rally for 'Save Our Pier' draws hundreds\n\n"
        + "\"Tell 'em we're not backing down on this, not one inch,\" Mayor Rita Vance said of "
        + "the unions' demands. Residents held 'Hands Off Our Pier' signs and sang 'We Shall "
        + "Not Be Moved' songs.");
    assertTrue(quotes.stream().anyMatch(q -> q.text().startsWith("\"Tell 'em")
        && q.speakerName().orElse("").equals("Rita Vance")), quotes.toString());
  }

  @org.junit.jupiter.api.Test
  void aHeadlinesKindOfArticleIsNoSource() {
    assertTrue(SharedExtractor.get().extract("Analysis: The 'smart city' promise is running out "
        + "of road\n\nThe city council approved the plan on Monday.").isEmpty());
    assertLastSpeaker("Poll", "Poll: Most voters back the harbour plan\n\nThe city council "
        + "approved the plan on Monday.");
  }

  @org.junit.jupiter.api.Test
  void aNameThatOnlySaysWhoseTitleIsNoAntecedent() {
    // "he" is the manager, not the club the manager works for.
    assertLastSpeaker("Dorian Peck", "Larkfield manager Dorian Peck was left to rue a missed "
        + "penalty. \"It should have been given,\" he said.");
    assertLastSpeaker("Mira Holloway", "Brenton's finance director, Mira Holloway, met investors "
        + "on Tuesday. \"We expect a better second half,\" she said.");
    // A person named in full keeps her place, whoever's title follows her name.
    assertLastSpeaker("Edith Sorrel", "Mayor Edith Sorrel met union leader Gareth Pim. Sorrel's "
        + "deputy mayor Anton Lisk was also there. \"We made progress,\" she said.");
  }

  @org.junit.jupiter.api.Test
  void aBodyCalledByItsKindIsTheOneNamedBefore() {
    assertLastSpeaker("Wexley Savings Bank", "Wexley Savings Bank lent the club money. The bank "
        + "said it had followed the rules.");
    assertLastSpeaker("Ostrava Harbour Board", "The Ostrava Harbour Board met on Friday. The "
        + "board said dredging would start in May.");
    assertLastSpeaker("Pellbrook Motors", "Pellbrook Motors will shut its paint shop. \"It was a "
        + "hard choice,\" the company said.");
    // Two banks named: "the bank" could be either.
    assertLastSpeaker("the bank", "Wexley Savings Bank sold the loan to the Bank of Tarvia. The "
        + "bank said the sale was routine.");
    // Two businesses named: so could "the company".
    assertLastSpeaker("the company", "Pellbrook Motors bought parts from Arlan Steel. The company "
        + "said the deal was fair.");
    // The outlet the news came through is not the company, nor a heading in capitals the team.
    assertLastSpeaker("Kestrel Airlines", "TORONTO (Reuters) - Kestrel Airlines will cut 300 jobs, a "
        + "spokesman told Reuters. \"Demand has collapsed,\" the company said.");
    assertLastSpeaker("the team", "NATIONAL TEAM ARRIVES\n\nThe players landed on Monday. The "
        + "team said the rooms were \"cold and damp.\"");
    // Two banks joined by "and"; a holiday and a street that hold the word; a body of another
    // kind, the only one named, for "the company".
    assertLastSpeaker("the bank", "Wexley Savings Bank and Harlow Bank both cut rates. \"We had "
        + "no choice,\" the bank said.");
    assertLastSpeaker("the bank", "The fire started on Bank Street on Monday. \"Nobody was "
        + "hurt,\" the bank said.");
    assertLastSpeaker("the company", "The Tarvia Department of Labor fined a bakery on Monday. "
        + "\"We followed every rule,\" the company said.");
    // A headline in title case runs a person's name into the bank's.
    assertLastSpeaker("the bank", "Rhea Tandon Hammers Corvell Bank Over Fees\n\nSenator Rhea "
        + "Tandon criticised the lender on Monday. The bank said it had fired staff.");
    // A kind the tagger reads as a person's ("the studio") is still a business's.
    assertLastSpeaker("Silverpine Pictures", "Silverpine Pictures said filming would go on. The "
        + "studio said it wished the actor well.");
    // A group is not always a business: "the group" needs its own name.
    assertLastSpeaker("the group", "Save Our Pier met the mayor on Friday. \"We are staying "
        + "put,\" the group said.");
  }

  @org.junit.jupiter.api.Test
  void aMessageFromSomeoneIsTheirs() {
    assertLastSpeaker("the Ostrava Harbour Board", "A statement from the Ostrava Harbour Board "
        + "said the channel was safe.");
    assertLastSpeaker("Rita Vance", "A letter from Mayor Rita Vance to residents said the pool "
        + "would reopen.");
    assertLastSpeaker("A letter", "A letter from a reader said the pool was too cold.");
    assertLastSpeaker("Pia Lorne's assistant", "An email from Pia Lorne's assistant said the "
        + "meeting was cancelled.");
    assertLastSpeaker("Pia Lorne", "A note from Harnett Logistics chief executive Pia Lorne to "
        + "staff said the firm was being sold.");
    assertLastSpeaker("A statement", "A statement from January, released under records rules, "
        + "said the dam was safe.");
  }

  @org.junit.jupiter.api.Test
  void howSomeoneWasBeforeAColonIntroducesTheirWords() {
    assertLastSpeaker("Oren Vasquez", "The vote went against the harbour plan. Oren Vasquez was "
        + "blunt: \"We lost because we stopped listening.\"");
    // The headline she was unhappy with is not hers.
    assertLastSpeaker("", "Greta Pauls was unhappy with the headline: \"Pauls Flops Again.\"");
    // The mood is no one's.
    assertLastSpeaker("", "The vote went against the harbour plan. The mood was grim: \"Nobody "
        + "is coming back to this town.\"");
  }

  @org.junit.jupiter.api.Test
  void aSurnameOpeningASentenceIsThePersonNamedInFull() {
    // The tagger takes an unknown surname that opens a sentence for a common noun.
    assertLastSpeaker("Rafferty Ferrane", "Rafferty Ferrane spoke first.\n\nFerrane later "
        + "said that his party would table an amendment.");
  }

  @org.junit.jupiter.api.Test
  void aTitleWithItsPortfolioTellsTwoHoldersApart() {
    String two = "Health Minister Ines Moravec said the wards were full. Energy Minister Pavel "
        + "Ruzicka said prices would fall. ";
    assertLastSpeaker("Ines Moravec", two + "The health minister later said she would hire 200 "
        + "nurses.");
    assertLastSpeaker("Pavel Ruzicka", two + "The energy minister later said the grid was safe.");
    // "the minister" alone could be either.
    String either = lastSpeaker(two + "The minister later said the budget was tight.");
    assertFalse(either.equals("Ines Moravec") || either.equals("Pavel Ruzicka"), either);
  }

  @org.junit.jupiter.api.Test
  void aReportedClauseAfterWhereItWasSaid() {
    // The parse hangs the "that" clause on "call", not on "told".
    List<Quote> quotes = SharedExtractor.get().extract("Ada Brennick told investors on a "
        + "conference call that the chain needed to \"right-size\" its footprint.");
    assertEquals(1, quotes.size(), quotes.toString());
    assertEquals("Ada Brennick", quotes.get(0).speakerName().orElse(""));
    assertTrue(quotes.get(0).text().startsWith("the chain needed"), quotes.toString());
  }

  @org.junit.jupiter.api.Test
  void anAddedClauseRunsOnPastWhereTheParseCutIt() {
    // The parse makes "adding" the subject of "released" and cuts the clause at "fires".
    List<Quote> quotes = SharedExtractor.get().extract("Inspector Dana Hollis said the inquiry "
        + "was live, adding that a second man questioned in connection with the fires had been "
        + "released without charge.");
    assertTrue(quotes.stream().anyMatch(q -> q.text().startsWith("a second man")
        && q.text().endsWith("released without charge")), quotes.toString());
  }

  @org.junit.jupiter.api.Test
  void accordingToASourceWithAnAppositionOrAParticiple() {
    // The parse hangs the clause's subject on the source's apposition.
    List<Quote> quotes = SharedExtractor.get().extract("According to Rafael Osterby, an analyst "
        + "at Norvale Bank, the currency could weaken further.");
    assertEquals(1, quotes.size(), quotes.toString());
    assertEquals("the currency could weaken further", quotes.get(0).text());
    assertEquals("Rafael Osterby", quotes.get(0).speakerName().orElse(""));
    // A participle phrase on the source is not what it says.
    quotes = SharedExtractor.get().extract("According to the audit, published on Monday, harbour "
        + "fees rose sharply in May.");
    assertEquals(1, quotes.size(), quotes.toString());
    assertEquals("harbour fees rose sharply in May", quotes.get(0).text());
  }

  @org.junit.jupiter.api.Test
  void theCeoIsTheChiefExecutiveNamedBefore() {
    assertLastSpeaker("Priya Sorensen", "\"We ship in May,\" said Priya Sorensen, the chief "
        + "executive of Quillon. Later the CEO said she was not worried about rivals.");
  }

  @org.junit.jupiter.api.Test
  void aMixedQuoteToldSomeoneBeginsAfterThem() {
    // The parse makes "that" an open complement; the one told is not what was said.
    List<Quote> quotes = SharedExtractor.get().extract("Agent Vittorio Castellani told Radio "
        + "Sportiva that his client \"dreams of playing in England\".");
    assertEquals(1, quotes.size(), quotes.toString());
    assertTrue(quotes.get(0).text().startsWith("his client"), quotes.toString());
  }

  private static String lastSpeaker(String text) {
    List<Quote> quotes = SharedExtractor.get().extract(text);
    return quotes.isEmpty() ? "" : quotes.get(quotes.size() - 1).speakerName().orElse("");
  }

  private static void assertLastSpeaker(String expected, String text) {
    assertEquals(expected, lastSpeaker(text), text + SharedExtractor.get().extract(text));
  }
}
