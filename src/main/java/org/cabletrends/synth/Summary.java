package org.cabletrends.synth;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Accumulates corpus-level counts while cables stream past, then renders ground-truth-summary.json. */
final class Summary {
    private final SyntheticCorpus corpus;
    private final Map<String, Integer> byForm = new TreeMap<>();
    private final Map<String, Integer> byYear = new TreeMap<>();
    private final Map<String, Integer> byClassification = new TreeMap<>();
    private final Map<String, Integer> malformed = new TreeMap<>();
    private final Map<String, Integer> byTheme = new TreeMap<>();
    private final List<List<String>> burstCables = new ArrayList<>();
    private final int[] windowCables;
    private long bytes;
    private int cables;

    Summary(SyntheticCorpus corpus) {
        this.corpus = corpus;
        for (int i = 0; i < corpus.bursts().size(); i++) {
            burstCables.add(new ArrayList<>());
        }
        windowCables = new int[corpus.bursts().size()];
    }

    void add(SyntheticCable c) {
        CableTruth t = c.truths();
        cables++;
        bytes += c.size();
        byForm.merge(t.form().jsonName(), 1, Integer::sum);
        byYear.merge(Integer.toString(t.dtg().atZone(ZoneOffset.UTC).getYear()), 1, Integer::sum);
        byClassification.merge(t.classification().name(), 1, Integer::sum);
        if (t.malformation() != null) {
            malformed.merge(t.malformation().jsonName(), 1, Integer::sum);
        }
        t.themes().forEach(th -> byTheme.merge(th.theme().id(), 1, Integer::sum));
        YearMonth month = YearMonth.from(t.dtg().atZone(ZoneOffset.UTC));
        for (Burst b : corpus.bursts()) {
            if (b.covers(t.post(), month)) {
                windowCables[b.id()]++;
            }
        }
        t.bursts().forEach(id -> burstCables.get(id).add(t.refid()));
    }

    long bytes() {
        return bytes;
    }

    Map<String, Object> render(String mode) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("generator", "org.cabletrends.synth");
        m.put("output", mode);
        m.put("options", options(corpus.options()));
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("cables", cables);
        counts.put("bytes", bytes);
        counts.put("by_form", byForm);
        counts.put("by_year", byYear);
        counts.put("by_classification", byClassification);
        counts.put("by_theme", byTheme);
        counts.put("malformed", malformed.values().stream().mapToInt(Integer::intValue).sum());
        counts.put("malformed_by_kind", malformed);
        m.put("counts", counts);
        m.put("themes", GroundTruth.themes(corpus.options().themeRate()));
        m.put("topics", GroundTruth.topics(corpus.topicModel()));
        m.put("background_vocabulary", Lexicon.BACKGROUND);
        List<Map<String, Object>> bursts = new ArrayList<>();
        for (Burst b : corpus.bursts()) {
            bursts.add(GroundTruth.burst(b, burstCables.get(b.id()), windowCables[b.id()]));
        }
        m.put("bursts", bursts);
        m.put("posts", corpus.posts().stream().map(p -> p.code() + " = " + p.origin()).toList());
        return m;
    }

    private static Map<String, Object> options(SynthOptions o) {
        Map<String, Object> opts = new LinkedHashMap<>();
        opts.put("seed", o.seed());
        opts.put("cables", o.cables());
        opts.put("start_year", o.startYear());
        opts.put("end_year", o.endYear());
        Map<String, Object> mix = new LinkedHashMap<>();
        for (CableForm f : CableForm.values()) {
            mix.put(f.jsonName(), o.formMix().weight(f));
        }
        opts.put("form_mix", mix);
        opts.put("malformed_rate", o.malformedRate());
        opts.put("tag_noise", o.tagNoise());
        opts.put("theme_rate", o.themeRate());
        opts.put("topics", o.topics());
        opts.put("bursts", o.bursts());
        opts.put("burst_factor", o.burstFactor());
        return opts;
    }
}
