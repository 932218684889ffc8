package org.cabletrends.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
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
        Counted tokenised = stages.run("topic_tokens", () -> Counted.of(persisted(tokenise(paragraphs, refids))),
                c -> "paragraphs=" + c.rows());
        Phrases found = !phrases ? Phrases.NONE : stages.run("topic_phrases",
                () -> PhraseCounts.find(tokenised.data(), phraseMinCount, phraseThreshold),
                p -> "phrases=" + p.size() + " min_count=" + phraseMinCount + " threshold=" + phraseThreshold);
        Dataset<Row> merged = persisted(merge(tokenised.data(), found));
        SortedMap<String, String> display = stages.run("topic_display_forms", () -> displayForms(merged),
                m -> "tokens=" + m.size());
        Counted documents = stages.run("topic_documents", () -> Counted.of(persisted(documents(merged))),
                d -> "unit=" + unit.key() + " documents=" + d.rows());
        Row totals = documents.data().agg(sum(size(col("tokens")))).first();
        long docs = documents.rows();
        long tokens = totals.isNullAt(0) ? 0 : totals.getLong(0);
        long candidates = unit == TopicUnit.CABLE ? refids.count() : tokenised.rows();
        merged.unpersist();
        tokenised.data().unpersist();
        LOG.info("stage=topic_prepared unit={} documents={} empty_documents={} tokens={} distinct_tokens={}",
                unit.key(), docs, candidates - docs, tokens, display.size());
        return new PreparedTokens(unit, documents.data(), found, display, docs, candidates - docs, tokens,
                display.size());
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

    /** One row per paragraph of a kept cable: doc_id, text order and the stems/surfaces with sentence breaks. */
    private static Dataset<Row> tokenise(Dataset<Row> paragraphs, Dataset<Row> refids) {
        Dataset<Row> numbered = paragraphs.select("refid", "number", "start", "text")
                .join(refids, new String[] {"refid"}, "left_semi")
                .withColumn("occurrence", row_number().over(
                        Window.partitionBy("refid", "number").orderBy(col("start"), col("text"))));
        return numbered.map((MapFunction<Row, Row>) PrepareTokens::tokenised, Encoders.row(PARAGRAPH_TOKENS));
    }

    private static Row tokenised(Row r) {
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
        String docId = CableTokens.docId(refid, number, r.getInt(4), TopicUnit.PARAGRAPH);
        return RowFactory.create(refid, docId, start, number, stems.toArray(String[]::new),
                surfaces.toArray(String[]::new));
    }

    /** The paragraphs with phrases merged: refid, doc_id, start, number, tokens, surfaces. */
    private static Dataset<Row> merge(Dataset<Row> tokenised, Phrases phrases) {
        StructType schema = new StructType(PARAGRAPH_TOKENS.fields().clone());
        return tokenised.map((MapFunction<Row, Row>) r -> {
            List<Token> tokens = phrases.apply(SentenceCodec.decode(r.getList(4), r.getList(5)));
            return RowFactory.create(r.getString(0), r.getString(1), r.getInt(2), r.getInt(3),
                    tokens.stream().map(Token::stem).toArray(String[]::new),
                    tokens.stream().map(Token::surface).toArray(String[]::new));
        }, Encoders.row(schema)).toDF("refid", "doc_id", "start", "number", "tokens", "surfaces");
    }

    /**
     * Each token's most frequent surface form, ties to the lexicographically smallest. The (token, surface) counts
     * are collected to the driver: one row per distinct pair, far fewer than tokens.
     */
    private static SortedMap<String, String> displayForms(Dataset<Row> merged) {
        List<Row> counted = merged.selectExpr("inline(arrays_zip(tokens, surfaces))")
                .toDF("token", "surface").groupBy("token", "surface").count().collectAsList();
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

    private Dataset<Row> documents(Dataset<Row> merged) {
        Dataset<Row> docs;
        if (unit == TopicUnit.PARAGRAPH) {
            docs = merged.filter(size(col("tokens")).gt(0)).orderBy("refid", "start", "number", "doc_id")
                    .select("refid", "doc_id", "tokens");
        } else {
            docs = merged.groupBy("refid")
                    .agg(sort_array(collect_list(struct("start", "number", "doc_id", "tokens"))).as("ps"))
                    .select(col("refid"), col("refid").as("doc_id"), expr("flatten(transform(ps, p -> p.tokens))")
                            .as("tokens"))
                    .filter(size(col("tokens")).gt(0)).orderBy("doc_id");
        }
        return docs.map((MapFunction<Row, Row>) r -> RowFactory.create(r.getString(0), r.getString(1),
                r.getList(2).toArray()), Encoders.row(DOCUMENTS));
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
