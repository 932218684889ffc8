package org.cabletrends.topics;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.cabletrends.config.CablesConfig;
import org.cabletrends.config.TopicSettings;
import org.cabletrends.ingest.StageDirectory;
import org.cabletrends.ingest.Stages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Action: the topics stage of a run (docs/TOPICS.md, "Pipeline and outputs"). Documents → {@link FitTopics} →
 * stable ids ({@link TopicIdentity}) → the tables {@code topics}, {@code doc_topics}, {@code topic_trends},
 * {@code topic_quality}, the model folder and {@code manifest.json}, written into {@code <run>/_tmp-topics} and
 * committed to {@code <run>/topics} ({@link StageDirectory}).
 */
public final class RunTopics {
    private static final Logger LOG = LoggerFactory.getLogger(RunTopics.class);

    private final SparkSession spark;
    private final CablesConfig config;

    private RunTopics(SparkSession spark, CablesConfig config) {
        this.spark = spark;
        this.config = config;
    }

    public static RunTopics of(SparkSession spark, CablesConfig config) {
        return new RunTopics(spark, config);
    }

    public TopicsResult execute() throws Exception {
        config.requireRunDir();
        Instant started = Instant.now();
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        StageDirectory dir = StageDirectory.open(conf, config.runDir(), "topics");
        try {
            TopicsResult result = build(dir, conf, started);
            dir.commit();
            return result;
        } catch (Exception | Error e) {
            dir.abandon();
            throw e;
        }
    }

    private TopicsResult build(StageDirectory dir, Configuration conf, Instant started) throws Exception {
        TopicSettings s = config.topics();
        Stages stages = new Stages(LOG);
        TopicDocuments docs = stages.run("topics_documents", () -> TopicDocuments.load(spark, dir, s),
                d -> "source=" + d.source() + " unit=" + s.unit().key());
        Optional<PreviousTopics.Found> previous = PreviousTopics.load(conf, config.runDir(), s.previous());
        TopicFit fit = stages.run("topics_fit", () -> FitTopics.of(spark, s).checkpointDir(dir.tmp("_checkpoints"))
                .warmStart(s.warmStart() ? previous : Optional.empty()).execute(docs.documents()),
                RunTopics::fitCounts);
        Model m = identify(stages, conf, docs, fit, previous);
        Map<String, Long> rows = new LinkedHashMap<>();
        stages.run("topics_tables", () -> writeTables(dir, m, rows), r -> "topics=" + r.get("topics")
                + " doc_topics=" + r.get("doc_topics") + " topic_trends=" + r.get("topic_trends"));
        TopicQuality quality = stages.run("topics_quality", () -> TopicQuality.of(docs.documents(), fit, m.terms(),
                        m.labels(), m.identity(), m.sizes(), m.docTopics()),
                q -> String.format("mean_npmi=%.4f mean_umass=%.4f", q.meanNpmi(), q.meanUmass()));
        write(quality.table(spark), dir.tmp("topic_quality"), 1);
        rows.put("topic_quality", (long) s.k());
        stages.run("topics_model", () -> save(conf, dir.tmp("model"), docs, fit, m), path -> "model=" + path);
        TopicsResult result = new TopicsResult(config.runDir(), dir.run("topics"), docs.source(), s.optimizer().key(),
                s.k(), fit.iterations(), docs.emptyDocuments() + fit.documents(),
                docs.emptyDocuments() + fit.emptyDocuments(), fit.tokens(),
                fit.vocabulary().size(), docs.phrases().size(), m.identity().ids().ids(), m.identity().ids().nextId(),
                m.identity().previous().orElse(null), m.identity().matched(), m.identity().retired(),
                quality.meanNpmi(), quality.meanUmass(), quality.likelihood(), rows, stages.seconds(), started,
                Instant.now());
        dir.write("manifest.json", TopicsManifest.json(result, config, fit, spark.version()));
        m.scored().unpersist();
        m.docTopics().unpersist();
        fit.vectors().unpersist();
        docs.documents().unpersist();
        return result;
    }

    private static String fitCounts(TopicFit f) {
        return "optimizer=" + f.model().optimizer() + " k=" + f.model().k() + " documents=" + f.documents()
                + " empty_documents=" + f.emptyDocuments() + " vocabulary=" + f.vocabulary().size() + " tokens="
                + f.tokens() + " iterations=" + f.iterations() + " warm_start="
                + f.warmStart().map(TopicFit.WarmStarted::topics).orElse("none")
                + String.format(" vectorize_seconds=%.1f fit_seconds=%.1f", f.vectorizeSeconds(), f.fitSeconds());
    }

    /** The fitted model under stable ids: documents scored, topics matched to the previous run, labels. */
    private record Model(JavaRDD<DocTopics.Scored> scored, double[] sizes, TopicIdentity identity, TopicTerms terms,
                         List<String> labels, Dataset<Row> docTopics, Map<String, String> display) {
    }

    private Model identify(Stages stages, Configuration conf, TopicDocuments docs, TopicFit fit,
                           Optional<PreviousTopics.Found> previous) throws Exception {
        TopicSettings s = config.topics();
        JavaRDD<DocTopics.Scored> scored = DocTopics.scored(fit.model(), fit.vectors())
                .persist(StorageLevel.MEMORY_AND_DISK());
        double[][] topicTerms = fit.model().topicTerms();
        double[] sizes = DocTopics.sizes(scored, s.k());
        TopicIdentity identity = stages.run("topics_ids", () -> TopicIdentity.assign(conf, previous,
                        s.matchDistance(), topicTerms, fit.vocabulary(), sizes),
                i -> "previous=" + i.previous().orElse("none") + " matched=" + i.matched() + " retired="
                        + i.retired().size());
        TopicTerms terms = TopicTerms.of(topicTerms, fit.vocabulary(), identity.ids());
        TopicLabels.Result labelled = terms.labels(docs.displayForms(), s.labelsFile().isEmpty() ? TopicLabels.none()
                : TopicLabels.load(java.nio.file.Path.of(s.labelsFile())));
        if (!labelled.unknownIds().isEmpty()) {
            LOG.warn("Labels file {} names topic ids the model does not have: {}", s.labelsFile(), labelled.unknownIds());
        }
        Dataset<Row> docTopics = DocTopics.table(spark, scored, identity.ids(), s.unit())
                .persist(StorageLevel.MEMORY_AND_DISK());
        return new Model(scored, sizes, identity, terms,
                labelled.labels().stream().map(TopicLabels.Label::label).toList(), docTopics, docs.displayForms());
    }

    private String save(Configuration conf, String path, TopicDocuments docs, TopicFit fit, Model m)
            throws java.io.IOException {
        ModelStore.save(conf, path, new SavedModel(fit.model(), fit.vocabulary(), docs.phrases(), docs.displayForms(),
                m.identity().ids(), config.topics().unit()));
        return path;
    }

    private Map<String, Long> writeTables(StageDirectory dir, Model m, Map<String, Long> rows) {
        TopicSettings s = config.topics();
        Dataset<Row> docTopics = m.docTopics();
        List<Row> topicRows = m.terms().rows(TopicSchemas.TOP_TERMS, m.display(), m.labels());
        write(spark.createDataFrame(topicRows, TopicSchemas.TOPICS), dir.tmp("topics"), 1);
        rows.put("topics", (long) topicRows.size());
        write(docTopics, dir.tmp("doc_topics"), 0);
        rows.put("doc_topics", docTopics.count());
        Dataset<Row> trends = TopicTrends.of(spark.read().parquet(dir.run("cables")), docTopics, m.terms().ids(),
                s.docThreshold(), config.themes().minCables()).persist(StorageLevel.MEMORY_AND_DISK());
        write(TopicTrends.oneFile(trends), dir.tmp("topic_trends"), 0);
        rows.put("topic_trends", trends.count());
        trends.unpersist();
        return rows;
    }

    /** Writes a table; {@code files} > 0 coalesces it to that many files (small tables). */
    static void write(Dataset<Row> table, String path, int files) {
        Dataset<Row> out = files > 0 ? table.coalesce(files) : table;
        out.write().mode(SaveMode.Overwrite).parquet(path);
    }
}
