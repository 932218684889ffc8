package org.cabletrends.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Tokenisation never throws, and every token it gives keeps the token rules, whatever the text. */
class TopicTextProperties {

    @Property(tries = 300)
    void anyStringTokenisesWithinTheRules(@ForAll @Size(max = 3000) String text) {
        assertTokens(text);
    }

    @Property(tries = 300)
    void cableLikeStringsTokeniseWithinTheRules(@ForAll("cableLike") String text) {
        assertTokens(text);
    }

    /** Strings made of boilerplate fragments, words and separators, where the rules overlap. */
    @Provide
    Arbitrary<String> cableLike() {
        List<String> pieces = List.of("VZCZC", "RUEHC/SECSTATE", "C O N F I D E N T I A L", "SECTION 01 OF 02",
                "BARGETOWN 00000123 002 OF 003", "TAGS:", "SUBJECT:", "REF:", "E.O. 12958:", "DECL:", "Classified By:",
                "reasons 1.4 (b)", "(C)", "(S//NF)", "END SUMMARY", "Comment:", "SIPDIS", "XXXXXXXX", "http://x.y",
                "cleared this message", "Visit Bargetown's Classified Website:", "grain", "Quota", "talks", "U.S.",
                "\n", "\n\n", " ", "  ", ".", ":", "\"", ",", "-----", "12", "¶3.", "é", "’s", "MCDOUGALL");
        return Arbitraries.of(pieces).list().ofMaxSize(120).map(l -> String.join(" ", l));
    }

    private static void assertTokens(String text) {
        List<List<Token>> sentences = TopicText.sentences(text);
        assertThat(sentences).allSatisfy(s -> assertThat(s).isNotEmpty());
        for (List<Token> sentence : sentences) {
            for (Token t : sentence) {
                assertThat(t.surface()).hasSizeGreaterThanOrEqualTo(TopicText.MIN_LENGTH);
                assertThat(t.surface().chars().allMatch(Character::isLetter)).as(t.surface()).isTrue();
                assertThat(t.surface()).isEqualTo(t.surface().toLowerCase(java.util.Locale.ROOT));
                assertThat(Stopwords.contains(t.surface())).as(t.surface()).isFalse();
                assertThat(t.stem()).isEqualTo(TopicText.stem(t.surface()));
            }
        }
        assertThat(TopicText.sentences(text)).as("same text, same tokens").isEqualTo(sentences);
    }
}
