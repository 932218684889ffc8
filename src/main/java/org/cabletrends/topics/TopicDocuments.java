package org.cabletrends.topics;

import static org.apache.spark.sql.functions.col;

import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.cabletrends.config.TopicSettings;
import org.cabletrends.ingest.StageDirectory;

/**
 * The documents a topic model is fitted on ({@code refid, doc_id, tokens}): prepared from the run's paragraphs
 * ({@link PrepareTokens}), or read from a {@code topics_tokens} file ({@link TokensFileSpark}; doc_id = refid, no
 * phrases, tokens displayed as they are).
 *
 * @param source         {@code paragraphs} or {@code tokens_file}
 * @param emptyDocuments documents left out before fitting because text preparation left no token
 */
record TopicDocuments(Dataset<Row> documents, Phrases phrases, SortedMap<String, String> displayForms,
                      long emptyDocuments, String source) {

    static TopicDocuments load(SparkSession spark, StageDirectory dir, TopicSettings s) throws Exception {
        if (!s.tokens().isEmpty()) {
            Dataset<Row> read = TokensFileSpark.read(spark, s.tokens());
            // A .gz file is one split: spread it over the cores before the passes of vectorizing and fitting (the
            // fit orders documents by doc_id itself, so this changes no result).
            int cores = FitPartitions.of(spark);
            Dataset<Row> docs = (read.rdd().getNumPartitions() < cores ? read.repartition(cores) : read)
                    .select(col("refid"), col("refid").as("doc_id"), col("tokens"))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            long n = docs.count();
            long distinct = docs.select("doc_id").distinct().count();
            if (distinct != n) {
                throw new IllegalArgumentException("Invalid topics_tokens " + s.tokens() + ": " + (n - distinct)
                        + " refids appear more than once (each line must be one document with its own id)");
            }
            return new TopicDocuments(docs, Phrases.NONE, new TreeMap<>(), 0, "tokens_file");
        }
        PreparedTokens p = PrepareTokens.of(spark, s).execute(spark.read().parquet(dir.run("paragraphs")),
                spark.read().parquet(dir.run("cables")));
        return new TopicDocuments(p.documents(), p.phrases(), p.displayForms(), p.emptyDocuments(), "paragraphs");
    }
}
