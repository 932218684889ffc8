package org.cabletrends.topics;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.cabletrends.config.TopicSettings;
import org.cabletrends.config.TopicUnit;
import org.cabletrends.ingest.Stages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spark action: the {@code paragraphs} and {@code cables} tables of a run (docs/SCHEMAS.md) to topic-model documents
 * (docs/TOPICS.md, "Text preparation"). Per paragraph, {@link TopicText} gives sentences of tokens; phrases are
 * found over the corpus ({@link PhraseCounts}) and merged per paragraph ({@link CableTokens#paragraph}); the
 * display form of each token is its most frequent surface form. Every output is sorted, so the same input gives
 * the same result.
 */
public final class PrepareTokens {
    public static final StructType DOCUMENTS = new StructType()
            .add("refid", DataTypes.StringType, false)
            .add("doc_id", DataTypes.StringType, false)
            .add("tokens", DataTypes.createArrayType(DataTypes.StringType, false), false);
    public static final long DEFAULT_PHRASE_MIN_COUNT = 20;
    public static final double DEFAULT_PHRASE_THRESHOLD = 0.5;

    private static final Logger LOG = LoggerFactory.getLogger(PrepareTokens.class);
    private static final StructType PARAGRAPH_TOKENS = new StructType()
            .add("refid", DataTypes.StringType, false)
            .add("doc_id", DataTypes.StringType, false)
            .add("start", DataTypes.IntegerType, false)
            .add("number", DataTypes.IntegerType, false)
            .add("stems", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("surfaces", DataTypes.createArrayType(DataTypes.StringType, false), false);
    /** Local counts of string pairs (a gram, or a token and its surface form). */
    static final StructType PAIR_COUNTS = new StructType()
            .add("first", DataTypes.StringType, false)
            .add("second", DataTypes.StringType, false)
            .add("count", DataTypes.LongType, false);

    private final SparkSession spark;
    private final TopicUnit unit;
    private final boolean phrases;
    private final long phraseMinCount;
    private final double phraseThreshold;

    private PrepareTokens(SparkSession spark, TopicUnit unit, boolean phrases, long phraseMinCount,
                          double phraseThreshold) {
        this.spark = spark;
        this.unit = unit;
        this.phrases = phrases;
        this.phraseMinCount = phraseMinCount;
        this.phraseThreshold = phraseThreshold;
    }

    /** Unit and phrases on/off from the settings; phrase minimum count and NPMI threshold at their defaults. */
    public static PrepareTokens of(SparkSession spark, TopicSettings settings) {
        return new PrepareTokens(spark, settings.unit(), settings.phrases(), DEFAULT_PHRASE_MIN_COUNT,
                DEFAULT_PHRASE_THRESHOLD);
    }

    public PrepareTokens unit(TopicUnit value) {
        return new PrepareTokens(spark, value, phrases, phraseMinCount, phraseThreshold);
    }

    public PrepareTokens phrases(boolean on) {
        return new PrepareTokens(spark, unit, on, phraseMinCount, phraseThreshold);
    }

    /** Least number of occurrences of a bigram to be a phrase (≥ 1). */
    public PrepareTokens phraseMinCount(long count) {
        if (count < 1) {
            throw new IllegalArgumentException("Invalid phrase minimum count: " + count + " (must be at least 1)");
        }
        return new PrepareTokens(spark, unit, phrases, count, phraseThreshold);
    }

    /** Least NPMI of a bigram to be a phrase, in [−1, 1]. */
    public PrepareTokens phraseThreshold(double npmi) {
        if (!(npmi >= -1 && npmi <= 1)) {
            throw new IllegalArgumentException("Invalid phrase threshold: " + npmi + " (must be an NPMI in [-1, 1])");
        }
        return new PrepareTokens(spark, unit, phrases, phraseMinCount, npmi);
    }

    /**
     * @param paragraphs the {@code paragraphs} table (refid, number, text, start)
     * @param cables     the {@code cables} table (refid): the cables to make documents of
     */
    public PreparedTokens execute(Dataset<Row> paragraphs, Dataset<Row> cables) throws Exception {
        Stages stages = new Stages(LOG);
        Dataset<Row> refids = cables.select("refid").distinct();
        int partitions = partitions(spark);
        Counted tokenised = stages.run("topic_tokens",
                () -> Counted.of(persisted(tokenise(paragraphs, refids, partitions))),
                c -> "paragraphs=" + c.rows() + " partitions=" + partitions);
        Phrases found = !phrases ? Phrases.NONE : stages.run("topic_phrases",
                () -> PhraseCounts.find(tokenised.data(), phraseMinCount, phraseThreshold),
                p -> "phrases=" + p.size() + " min_count=" + phraseMinCount + " threshold=" + phraseThreshold);
        SortedMap<String, String> display = stages.run("topic_display_forms",
                () -> displayForms(tokenised.data(), found), m -> "tokens=" + m.size());
        Counted documents = stages.run("topic_documents",
                () -> Counted.of(persisted(documents(tokenised.data(), found))),
                d -> "unit=" + unit.key() + " documents=" + d.rows());
        Row totals = documents.data().agg(sum(size(col("tokens")))).first();
        long docs = documents.rows();
        long tokens = totals.isNullAt(0) ? 0 : totals.getLong(0);
        long candidates = unit == TopicUnit.CABLE ? refids.count() : tokenised.rows();
        tokenised.data().unpersist();
        LOG.info("stage=topic_prepared unit={} documents={} empty_documents={} tokens={} distinct_tokens={}",
                unit.key(), docs, candidates - docs, tokens, display.size());
        return new PreparedTokens(unit, documents.data(), found, display, docs, candidates - docs, tokens,
                display.size());
    }

    /**
     * Partitions of the token table: eight per core, so a task's sort and token arrays stay small and the two cores
     * of local[2] stay busy to the end.
     */
    static int partitions(SparkSession spark) {
        return 8 * FitPartitions.of(spark);
    }

    /** A persisted dataset and its row count (counting materialises it inside the stage's time). */
    private record Counted(Dataset<Row> data, long rows) {
        static Counted of(Dataset<Row> data) {
            return new Counted(data, data.count());
        }
    }

    private static Dataset<Row> persisted(Dataset<Row> d) {
        return d.persist(StorageLevel.MEMORY_AND_DISK());
    }

    /**
     * One row per paragraph of a kept cable: doc_id, text order and the stems/surfaces with sentence breaks. The
     * paragraph text is shuffled once, by refid ranges into {@code partitions}, and sorted within partitions into
     * text order (refid, start, number, text): whole cables, consecutive, in the same global order whatever the
     * input's partitioning (range bounds come from a sample of it; only the cut between partitions may differ).
     */
    private static Dataset<Row> tokenise(Dataset<Row> paragraphs, Dataset<Row> refids, int partitions) {
        Dataset<Row> kept = paragraphs.select("refid", "number", "start", "text")
                .join(broadcast(refids), new String[] {"refid"}, "left_semi")
                .repartitionByRange(partitions, col("refid"))
                .sortWithinPartitions("refid", "start", "number", "text");
        return kept.mapPartitions((MapPartitionsFunction<Row, Row>) TokenPasses::tokenise,
                Encoders.row(PARAGRAPH_TOKENS));
    }

    /** A paragraph row (refid, number, start, text) and its occurrence among the cable's paragraphs of its number. */
    static Row tokenised(Row r, int occurrence) {
        String refid = r.getString(0);
        int number = r.getInt(1);
        int start = r.isNullAt(2) ? 0 : r.getInt(2);
        List<String> stems = new ArrayList<>();
        List<String> surfaces = new ArrayList<>();
        for (List<Token> sentence : TopicText.sentences(r.getString(3))) {
            if (!stems.isEmpty()) {
                stems.add(SentenceCodec.BREAK);
                surfaces.add(SentenceCodec.BREAK);
            }
            for (Token t : sentence) {
                stems.add(t.stem());
                surfaces.add(t.surface());
            }
        }
        String docId = CableTokens.docId(refid, number, occurrence, TopicUnit.PARAGRAPH);
        return RowFactory.create(refid, docId, start, number, stems.toArray(String[]::new),
                surfaces.toArray(String[]::new));
    }

    /**
     * Each token's most frequent surface form, ties to the lexicographically smallest. The (token, surface) counts
     * (phrases merged, counted per partition first) are collected to the driver: one row per distinct pair, far
     * fewer than tokens.
     */
    private static SortedMap<String, String> displayForms(Dataset<Row> tokenised, Phrases phrases) {
        List<Row> counted = tokenised.mapPartitions((MapPartitionsFunction<Row, Row>) it ->
                        TokenPasses.surfaceCounts(it, phrases), Encoders.row(PAIR_COUNTS))
                .groupBy("first", "second").agg(sum("count")).collectAsList();
        SortedMap<String, String> best = new TreeMap<>();
        Map<String, Long> bestCount = new HashMap<>();
        for (Row r : counted) {
            String token = r.getString(0);
            String surface = r.getString(1);
            long n = r.getLong(2);
            Long current = bestCount.get(token);
            if (current == null || n > current || (n == current && surface.compareTo(best.get(token)) < 0)) {
                best.put(token, surface);
                bestCount.put(token, n);
            }
        }
        return Collections.unmodifiableSortedMap(best);
    }

    /** Documents from the token table, partition by partition (whole cables, text order); no shuffle. */
    private Dataset<Row> documents(Dataset<Row> tokenised, Phrases found) {
        TopicUnit u = unit;
        return tokenised.mapPartitions((MapPartitionsFunction<Row, Row>) it -> TokenPasses.documents(it, found, u),
                Encoders.row(DOCUMENTS));
    }

    /** Splits the stems/surfaces arrays of a paragraph back into sentences. */
    static final class SentenceCodec {
        /** Sentence break in the stem and surface arrays; no token is it (tokens are letters only). */
        static final String BREAK = "|";

        private SentenceCodec() {
        }

        static List<List<Token>> decode(List<String> stems, List<String> surfaces) {
            List<List<Token>> sentences = new ArrayList<>();
            List<Token> current = new ArrayList<>();
            for (int i = 0; i < stems.size(); i++) {
                if (BREAK.equals(stems.get(i))) {
                    sentences.add(current);
                    current = new ArrayList<>();
                } else {
                    current.add(new Token(stems.get(i), surfaces.get(i)));
                }
            }
            sentences.add(current);
            return sentences;
        }
    }
}
