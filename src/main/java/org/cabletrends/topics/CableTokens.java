package org.cabletrends.topics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cabletrends.cable.Cable;
import org.cabletrends.cable.Paragraph;
import org.cabletrends.config.TopicUnit;

/**
 * The pure-Java path from a parsed cable to its topic documents, for scoring new cables: the same functions the
 * Spark path ({@link PrepareTokens}) runs per paragraph, so both give the same tokens for the same text.
 */
public final class CableTokens {
    public static final char PARAGRAPH_SEPARATOR = '#';

    private CableTokens() {
    }

    /** The tokens of one paragraph's text with the phrases merged. */
    public static List<Token> paragraph(String text, Phrases phrases) {
        return phrases.apply(TopicText.sentences(text));
    }

    /**
     * {@code refid} for unit cable; {@code refid#number} for unit paragraph, {@code refid#number.k} for the k-th
     * (k ≥ 2, text order) paragraph of a cable with a number met before (a parser may number two paragraphs alike).
     */
    public static String docId(String refid, int number, int occurrence, TopicUnit unit) {
        if (unit == TopicUnit.CABLE) {
            return refid;
        }
        return refid + PARAGRAPH_SEPARATOR + number + (occurrence > 1 ? "." + occurrence : "");
    }

    /**
     * The documents of a cable: one (unit cable) or one per paragraph (unit paragraph), paragraphs in text order
     * (start offset, then number), documents without tokens left out. A cable without refid gets the refid "".
     */
    public static List<TopicDocument> documents(Cable cable, TopicUnit unit, Phrases phrases) {
        String refid = cable.refid() == null ? "" : cable.refid();
        List<Paragraph> paragraphs = new ArrayList<>(cable.paragraphs());
        paragraphs.sort(Comparator.comparingInt(Paragraph::start).thenComparingInt(Paragraph::number));
        List<TopicDocument> out = new ArrayList<>();
        List<String> all = new ArrayList<>();
        Map<Integer, Integer> seen = new HashMap<>();
        for (Paragraph p : paragraphs) {
            int occurrence = seen.merge(p.number(), 1, Integer::sum);
            List<String> stems = paragraph(p.text(), phrases).stream().map(Token::stem).toList();
            if (unit == TopicUnit.CABLE) {
                all.addAll(stems);
            } else if (!stems.isEmpty()) {
                out.add(new TopicDocument(refid, docId(refid, p.number(), occurrence, unit), stems));
            }
        }
        if (unit == TopicUnit.CABLE && !all.isEmpty()) {
            out.add(new TopicDocument(refid, refid, all));
        }
        return out;
    }
}
