package org.cabletrends.synth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ground truth as JSON-ready maps with snake_case keys in a fixed order (no hash-order output). */
final class GroundTruth {
    private GroundTruth() {
    }

    static Map<String, Object> cable(CableTruth t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index", t.index());
        m.put("file_name", t.fileName());
        m.put("refid", t.refid());
        m.put("published_refid", t.publishedRefid());
        m.put("form", t.form().jsonName());
        m.put("malformed", t.malformation() == null ? null : t.malformation().jsonName());
        m.put("origin", t.post().origin());
        m.put("origin_as_written", t.post().asWritten());
        m.put("post_code", t.post().code());
        m.put("dtg", t.dtg().toString());
        m.put("dtg_as_written", t.dtgAsWritten());
        m.put("precedence", t.precedence());
        m.put("classification", t.classification().name());
        m.put("classification_label", t.classificationLabel());
        m.put("caveats", t.caveats());
        m.put("section_count", t.sectionCount());
        m.put("declassify_on", t.declassifyOn() == null ? null : t.declassifyOn().toString());
        m.put("tags", t.tags());
        m.put("stray_tags", t.strayTags());
        m.put("subject", t.subject());
        m.put("references", t.references());
        m.put("classified_by", t.classifiedBy());
        m.put("reasons", t.reasons());
        m.put("signer", t.signer());
        m.put("has_summary", t.hasSummary());
        m.put("has_comment", t.hasComment());
        m.put("paragraphs", t.paragraphs().stream().map(GroundTruth::paragraph).toList());
        m.put("themes", t.themes().stream().map(GroundTruth::theme).toList());
        m.put("topics", t.topics().stream().map(GroundTruth::topic).toList());
        m.put("bursts", t.bursts());
        m.put("quirks", t.quirks().stream().map(CableTruth.Quirk::jsonName).toList());
        return m;
    }

    static Map<String, Object> burst(Burst b, List<String> cables, int windowCables) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", b.id());
        m.put("theme", b.theme().id());
        m.put("origin", b.post() == null ? null : b.post().origin());
        m.put("post_code", b.post() == null ? null : b.post().code());
        m.put("start_month", b.start().toString());
        m.put("end_month", b.end().toString());
        m.put("factor", b.factor());
        m.put("window_cables", windowCables);
        m.put("theme_cables", cables.size());
        m.put("cables", cables);
        return m;
    }

    static List<Map<String, Object>> themes(double rate) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Theme t : Theme.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", t.id());
            m.put("tags", t.tags());
            m.put("terms", t.terms());
            m.put("base_rate", rate);
            out.add(m);
        }
        return out;
    }

    static List<Map<String, Object>> topics(TopicModel model) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (TopicModel.Topic t : model.topics()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", t.id());
            m.put("name", t.name());
            List<Map<String, Object>> words = new ArrayList<>();
            for (int r = 0; r < t.words().size(); r++) {
                Map<String, Object> w = new LinkedHashMap<>();
                w.put("word", t.words().get(r));
                w.put("p", t.probabilities()[r]);
                words.add(w);
            }
            m.put("words", words);
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> paragraph(CableTruth.ParagraphTruth p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", p.number());
        m.put("marking", p.marking());
        m.put("heading", p.heading());
        return m;
    }

    private static Map<String, Object> theme(CableTruth.ThemeTruth t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("theme", t.theme().id());
        m.put("paragraphs", t.paragraphs());
        m.put("tagged", t.tagged());
        return m;
    }

    private static Map<String, Object> topic(CableTruth.TopicShare s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("topic", s.topic());
        m.put("weight", s.weight());
        m.put("words", s.words());
        return m;
    }
}
