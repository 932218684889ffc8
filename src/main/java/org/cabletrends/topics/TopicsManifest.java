package org.cabletrends.topics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.cabletrends.config.CablesConfig;
import org.cabletrends.config.TopicOptimizer;

/** {@code <run>/topics/manifest.json} (docs/SCHEMAS.md, "Topics"). */
final class TopicsManifest {
    private TopicsManifest() {
    }

    static byte[] json(TopicsResult r, CablesConfig config, TopicFit fit, String sparkVersion) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stage", "topics");
        m.put("status", "ok");
        m.put("run_dir", r.runDir());
        m.put("started_at", r.startedAt().toString());
        m.put("finished_at", r.finishedAt().toString());
        Map<String, Object> docs = new LinkedHashMap<>();
        docs.put("source", r.source());
        docs.put("unit", config.topics().unit().key());
        docs.put("documents", r.documents());
        docs.put("empty_documents", r.emptyDocuments());
        docs.put("fitted_documents", r.documents() - r.emptyDocuments());
        docs.put("tokens", r.tokens());
        m.put("documents", docs);
        m.put("vocabulary_size", r.vocabularySize());
        m.put("phrases", r.phrases());
        m.put("model", model(r, config, fit));
        m.put("topic_ids", r.topicIds());
        m.put("distribution_order", "doc_topics.distribution[i] is the weight of topic_ids[i] (ascending topic_id)");
        m.put("next_topic_id", r.nextTopicId());
        Map<String, Object> prev = new LinkedHashMap<>();
        prev.put("topics", r.previous());
        prev.put("matched", r.matched());
        prev.put("new", r.k() - r.matched());
        prev.put("retired_topic_ids", r.retired());
        prev.put("match_distance", config.topics().matchDistance());
        m.put("previous", prev);
        Map<String, Object> quality = new LinkedHashMap<>();
        quality.put("mean_npmi", r.meanNpmi());
        quality.put("mean_umass", r.meanUmass());
        m.put("quality", quality);
        m.put("rows", new java.util.TreeMap<>(r.rows()));
        m.put("stage_seconds", r.stageSeconds());
        Map<String, Object> c = new LinkedHashMap<>();
        config.toMap().forEach((k, v) -> {
            if (k.startsWith("topics_") || k.equals("run_dir") || k.equals("trend_min_cables")) {
                c.put(k, v);
            }
        });
        m.put("config", c);
        Map<String, Object> versions = new LinkedHashMap<>();
        versions.put("cabletrends", org.cabletrends.ingest.JobSupport.projectVersion());
        versions.put("spark", sparkVersion);
        versions.put("java", System.getProperty("java.version"));
        m.put("versions", versions);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(m);
    }

    private static Map<String, Object> model(TopicsResult r, CablesConfig config, TopicFit fit) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("optimizer", r.optimizer());
        model.put("k", r.k());
        model.put("iterations", r.iterations());
        model.put("seed", config.topics().seed());
        model.put("fit_seconds", fit.fitSeconds());
        model.put("warm_start", fit.warmStart().map(TopicsManifest::warmStart).orElse(null));
        model.put("log_likelihood", value(r.likelihood().logLikelihood()));
        model.put("log_perplexity", value(r.likelihood().logPerplexity()));
        model.put("likelihood_documents", r.likelihood().documents());
        model.put("likelihood_tokens", r.likelihood().tokens());
        if (config.topics().optimizer() == TopicOptimizer.GIBBS) {
            GibbsSchedule g = GibbsSchedule.of(config.topics(), fit.tokens());
            Map<String, Object> gibbs = new LinkedHashMap<>();
            gibbs.put("sweeps", g.sweeps());
            gibbs.put("burn_in", g.burnIn());
            gibbs.put("optimize_interval", g.optimizeInterval());
            gibbs.put("sync_interval", g.syncInterval());
            model.put("gibbs", gibbs);
        }
        if (config.topics().optimizer() == TopicOptimizer.ONLINE) {
            OnlineTuning t = OnlineTuning.of(r.documents() - r.emptyDocuments(), r.iterations());
            Map<String, Object> online = new LinkedHashMap<>();
            online.put("subsampling_rate", t.subsamplingRate());
            online.put("learning_offset", t.learningOffset());
            online.put("learning_decay", t.learningDecay());
            online.put("optimize_doc_concentration", true);
            model.put("online", online);
        }
        return model;
    }

    private static Map<String, Object> warmStart(TopicFit.WarmStarted w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("topics", w.topics());
        m.put("known_terms", w.knownTerms());
        return m;
    }

    private static Double value(OptionalDouble d) {
        return d.isPresent() && Double.isFinite(d.getAsDouble()) ? d.getAsDouble() : null;
    }
}
