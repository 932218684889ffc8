package org.cabletrends.topics;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.cabletrends.config.TopicUnit;
import scala.Tuple2;

/**
 * The {@code doc_topics} table: one row per cable with its topic distribution in ascending topic-id order. For
 * paragraph units a cable's row is the token-weighted mean of its paragraphs' distributions (paragraphs summed in
 * doc_id order, so the doubles do not depend on partitioning), and doc_id is the refid.
 */
final class DocTopics {
    /** One scored document; {@code distribution} in ascending id order. */
    record Scored(String refid, String docId, int documents, long tokens, double[] distribution) implements Serializable {
    }

    private DocTopics() {
    }

    /** {@code vectors} (refid, doc_id, tokens, features) scored by {@code model}; distributions in model column order. */
    static JavaRDD<Scored> scored(FittedModel model, Dataset<Row> vectors) {
        Dataset<Row> mixtures = model.trainingDistributions()
                .map(d -> vectors.select("refid", "doc_id", "tokens").join(d.select("doc_id", "topicDistribution"), "doc_id"))
                .orElseGet(() -> model.transform(vectors));
        return mixtures.select("refid", "doc_id", "tokens", "topicDistribution").javaRDD()
                .map(r -> new Scored(r.getString(0), r.getString(1), 1, r.getLong(2),
                        r.<Vector>getAs(3).toArray()));
    }

    /**
     * Expected tokens per model column, Σ tokens · weight over the documents, summed as integers of 10⁻⁶ token so
     * that the result does not depend on the order partitions are added in.
     */
    static double[] sizes(JavaRDD<Scored> scored, int k) {
        long[] units = scored.treeAggregate(new long[k], (acc, s) -> {
            for (int i = 0; i < k; i++) {
                acc[i] += Math.round(s.tokens() * s.distribution()[i] * 1e6);
            }
            return acc;
        }, (a, b) -> {
            for (int i = 0; i < k; i++) {
                a[i] += b[i];
            }
            return a;
        });
        return Arrays.stream(units).mapToDouble(u -> u / 1e6).toArray();
    }

    /** The doc_topics rows of scored documents (model column order) under stable {@code ids}. */
    static Dataset<Row> table(SparkSession spark, JavaRDD<Scored> scored, TopicIds ids, TopicUnit unit) {
        int[] order = ids.columnsInIdOrder();
        List<Integer> sortedIds = ids.ids();
        JavaRDD<Scored> docs = scored.map(s -> new Scored(s.refid(), s.docId(), 1, s.tokens(),
                reorder(s.distribution(), order)));
        if (unit == TopicUnit.PARAGRAPH) {
            docs = docs.mapToPair(s -> new Tuple2<>(s.refid(), s)).groupByKey().map(t -> cable(t._1(), t._2()));
        }
        return spark.createDataFrame(docs.map(s -> row(s, sortedIds)), TopicSchemas.DOC_TOPICS);
    }

    static double[] reorder(double[] distribution, int[] order) {
        double[] out = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = distribution[order[i]];
        }
        return out;
    }

    /** A doc_topics row; the dominant topic is the largest weight, ties to the smaller id. */
    static Row row(Scored s, List<Integer> ids) {
        double[] d = s.distribution();
        int best = 0;
        for (int i = 1; i < d.length; i++) {
            if (d[i] > d[best]) {
                best = i;
            }
        }
        return RowFactory.create(s.refid(), s.docId(), s.documents(), s.tokens(),
                Arrays.stream(d).boxed().toArray(Double[]::new), ids.get(best), d[best]);
    }

    /** Token-weighted mean of a cable's paragraphs. */
    static Scored cable(String refid, Iterable<Scored> paragraphs) {
        List<Scored> list = new ArrayList<>();
        paragraphs.forEach(list::add);
        list.sort(Comparator.comparing(Scored::docId));
        double[] sum = new double[list.get(0).distribution().length];
        long tokens = 0;
        for (Scored p : list) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += p.tokens() * p.distribution()[i];
            }
            tokens += p.tokens();
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= tokens;
        }
        return new Scored(refid, refid, list.size(), tokens, sum);
    }
}
