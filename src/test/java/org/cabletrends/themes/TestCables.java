package org.cabletrends.themes;

import java.util.ArrayList;
import java.util.List;
import org.cabletrends.cable.Cable;
import org.cabletrends.cable.Paragraph;
import org.cabletrends.cable.Tag;
import org.cabletrends.cable.TagKind;

/** Hand-written cables for theme tests: a subject, TAGS codes and paragraph texts numbered from 1. */
final class TestCables {
    private TestCables() {
    }

    static Cable cable(String subject, List<String> tags, String... paragraphs) {
        List<Paragraph> ps = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            ps.add(new Paragraph(i + 1, "U", null, paragraphs[i], 0, 0));
        }
        List<Tag> ts = tags.stream().map(c -> new Tag(c, TagKind.UNKNOWN)).toList();
        return new Cable("test", null, null, "09TEST1", null, null, null, null, null, List.of(), List.of(), null,
                null, List.of(), null, null, null, null, ts, subject, subject, List.of(), null, null, null,
                List.of(), List.of(), String.join("\n\n", paragraphs), ps);
    }
}
