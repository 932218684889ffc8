package org.cabletrends.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Boilerplate forms, stop words, stems and sentences of {@link TopicText}; every fixture is written here. */
class TopicTextTest {

    private static List<String> stems(String text) {
        return TopicText.tokens(text).stream().map(Token::stem).toList();
    }

    private static List<String> surfaces(String text) {
        return TopicText.tokens(text).stream().map(Token::surface).toList();
    }

    @Test
    void stemsLowerCaseLettersOnlyAndDropsShortWordsAndNumbers() {
        assertThat(TopicText.tokens("Farmers' cooperatives exported 4,500 tons of Wheat in 2009; ok."))
                .containsExactly(new Token("farmer", "farmers"), new Token("cooper", "cooperatives"),
                        new Token("export", "exported"), new Token("ton", "tons"), new Token("wheat", "wheat"));
    }

    @Test
    void possessivesAreRemovedBeforeStemming() {
        assertThat(surfaces("The Minister's plan and the ministers’ plans")).containsExactly("minister", "plan",
                "ministers", "plans");
    }

    @Test
    void englishStopWordsAndCableJargonAreRemoved() {
        assertThat(surfaces("He told Poloff that the Embassy would also read the reftel and septel para 3."))
                .containsExactly("read");
        assertThat(Stopwords.contains("embassy")).isTrue();
        assertThat(Stopwords.contains("would")).isTrue();
        assertThat(Stopwords.contains("ambassador")).isFalse();
    }

    @Test
    void jargonListKeepsContentWords() {
        assertThat(Stopwords.cableJargon()).contains("reftel", "septel", "sipdis", "embassy", "summary")
                .doesNotContain("ambassador", "government", "minister", "security", "visit", "march", "elections",
                        "human", "rights", "press", "consulate");
    }

    @Test
    void summaryAndCommentMarkersAreRemoved() {
        String text = "Summary: Wheat harvest fell sharply. End Summary. Comment: Drought blamed. END COMMENT.";
        assertThat(surfaces(text)).containsExactly("wheat", "harvest", "fell", "sharply", "drought", "blamed");
        assertThat(surfaces("1.  Summary.  Growers protested the levy.")).containsExactly("growers", "protested",
                "levy");
    }

    @Test
    void portionMarkingsAreRemovedKeepingAcronymsInParentheses() {
        assertThat(surfaces("(SBU) Growers met the (GOL) Agriculture Office. (S//NF) Pumps failed (C/NF)."))
                .containsExactly("growers", "met", "gol", "agriculture", "office", "pumps", "failed");
    }

    @Test
    void pageBreakInsideASentenceIsRemovedAndKeepsItTogether() {
        List<List<Token>> s = TopicText.sentences("The levy fell on river BARGETOWN 00000123 002.2 OF 004 "
                + "freight rates.");
        assertThat(s).hasSize(1);
        assertThat(s.get(0)).extracting(Token::surface).containsExactly("levy", "fell", "river", "freight", "rates");
        assertThat(surfaces("on river NEW BARGETOWN 00000123  002 OF 004 freight")).containsExactly("river",
                "freight");
    }

    @Test
    void classificationLinesCaveatsAndDeclassificationAreRemoved() {
        String text = "C O N F I D E N T I A L SECTION 01 OF 03 BARGETOWN 000123\n\nSIPDIS\nNOFORN\n"
                + "E.O. 12958: DECL: 10/12/2019\nTAGS: PGOV PREL EAGR XY\nSUBJECT: XYLAND: GRAIN QUOTA TALKS\n"
                + "REF: A. STATE 12345 B. BARGETOWN 99\n\nClassified By: Political Counselor Ann Smith for reasons "
                + "1.4 (b) and (d).\n\nGrain quota talks stalled.";
        assertThat(surfaces(text)).containsExactly("grain", "quota", "talks", "stalled");
        assertThat(surfaces("UNCLASSIFIED//FOR OFFICIAL USE ONLY Grain growers. SENSITIVE BUT UNCLASSIFIED - "
                + "PLEASE PROTECT ACCORDINGLY")).containsExactly("grain", "growers");
        assertThat(surfaces("EO 12958 N/A wheat, Classified by: DCM Ann Smith. Reason: 1.5 b, d wheat"))
                .containsExactly("wheat", "wheat");
    }

    @Test
    void routingBlockInAFlattenedTextIsRemoved() {
        String text = "VZCZCXYZ0001 PP RUEHWEB DE RUEHBG #0123/01 2851234 ZNY CCCCC ZZH P 121234Z OCT 09 "
                + "FM AMEMBASSY BARGETOWN TO RUEHC/SECSTATE WASHDC PRIORITY 0001 INFO RUEHXX/AMEMBASSY OTHERTON "
                + "0002 C O N F I D E N T I A L BARGETOWN 000123 SIPDIS E.O. 12958: DECL: 10/12/2019 TAGS: PGOV "
                + "EAGR XY SUBJECT: GRAIN TALKS Classified By: Ann Smith, reasons 1.4 (b), (d) Grain talks stalled.";
        assertThat(surfaces(text)).containsExactly("grain", "talks", "stalled");
        String quoted = "12345,10/12/2009 12:34,09BARGETOWN123,\"Embassy Bargetown\",CONFIDENTIAL,,\"VZCZCXYZ0001 "
                + "PP RUEHWEB\",\"UNCLAS BARGETOWN 000123 Grain talks.";
        assertThat(surfaces(quoted)).containsExactly("grain", "talks");
        String block = "id: 12345 date: 10/12/2009 12:34 refid: 09BARGETOWN123 origin: Embassy Bargetown header: "
                + "VZCZCXYZ0001 PP RUEHWEB DE RUEHBG #0123 ----------------- header ends ---------------- "
                + "Grain talks.";
        assertThat(surfaces(block)).containsExactly("grain", "talks");
    }

    @Test
    void websiteNoticesUrlsRedactionsAndClearancesAreRemoved() {
        String text = "Grain prices rose. Visit Bargetown's Classified Website: http://www.example.sgov.gov/p/x "
                + "XXXXXXXXXXXX said nothing. A/S Jones cleared this message. Minimize considered.";
        assertThat(surfaces(text)).containsExactly("grain", "prices", "rose", "nothing");
    }

    @Test
    void trailingSignerIsRemovedButNotAcronymsInsideSentences() {
        assertThat(surfaces("Grain talks stalled over NATO transit. MCDOUGALL")).containsExactly("grain", "talks",
                "stalled", "nato", "transit");
        assertThat(surfaces("Grain talks stalled. VAN OORT \"")).containsExactly("grain", "talks", "stalled");
        assertThat(surfaces("Grain went to NATO")).containsExactly("grain", "went", "nato");
    }

    @Test
    void sentencesBreakAtStopsAndBlankLinesNotAtAbbreviationsOrLineWraps() {
        List<List<Token>> s = TopicText.sentences("Grain quota talks\nstalled in U.S. markets; farmers waited.\n\n"
                + "Rain came: fields flooded");
        assertThat(s).extracting(l -> l.stream().map(Token::surface).toList()).containsExactly(
                List.of("grain", "quota", "talks", "stalled", "markets"), List.of("farmers", "waited"),
                List.of("rain", "came"), List.of("fields", "flooded"));
    }

    @Test
    void removedBoilerplateEndsASentence() {
        assertThat(TopicText.sentences("Grain quota. End summary. Talks stalled")).hasSize(2);
        assertThat(TopicText.sentences("grain SIPDIS quota")).hasSize(2);
    }

    @Test
    void emptyAndNullTextsGiveNoTokens() {
        assertThat(TopicText.tokens(null)).isEmpty();
        assertThat(TopicText.tokens("")).isEmpty();
        assertThat(TopicText.tokens("--- 12 (C) ¶3. XXXXXXXX *** ===")).isEmpty();
    }

    @Test
    void phrasesMergeLeftToRightWithinSentencesOnly() {
        Phrases p = Phrases.of(List.of(new Phrase("grain", "quota", 30, 0.6), new Phrase("quota", "talk", 30, 0.6),
                new Phrase("talk", "farmer", 30, 0.6)));
        List<Token> merged = p.apply(TopicText.sentences("Grain quota talks. Farmers wait"));
        assertThat(merged).extracting(Token::stem).containsExactly("grain_quota", "talk", "farmer", "wait");
        assertThat(merged.get(0).surface()).isEqualTo("grain quota");
    }

    @Test
    void npmiMatchesItsDefinition() {
        double n = 1000;
        double expected = Math.log((10 / n) / ((20 / n) * (40 / n))) / -Math.log(10 / n);
        assertThat(Phrases.npmi(10, 20, 40, 1000)).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Phrases.npmi(20, 20, 20, 1000)).isGreaterThan(Phrases.npmi(10, 20, 40, 1000));
        assertThat(Phrases.npmi(5, 5, 5, 5)).isEqualTo(1.0);
        assertThatThrownBy(() -> Phrases.npmi(0, 1, 1, 1)).hasMessageStartingWith("Invalid counts");
    }

    @Test
    void phraseListRoundTripsThroughTsv() {
        Phrases p = Phrases.of(List.of(new Phrase("quota", "talk", 31, 0.61), new Phrase("grain", "quota", 30, 0.6)));
        assertThat(Phrases.parseTsv(p.toTsv())).isEqualTo(p);
        assertThat(p.list()).extracting(Phrase::token).containsExactly("grain_quota", "quota_talk");
        assertThatThrownBy(() -> Phrases.parseTsv("grain\tquota\tmany\t0.5\n"))
                .hasMessageStartingWith("Invalid phrase line 1");
    }
}
