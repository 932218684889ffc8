package org.cabletrends.topics.gibbs;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.ml.linalg.DenseVector;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Count vectors into one {@link DocBlock} per partition. Document i (in the input's order, by zipWithIndex) goes to
 * partition i mod n and blocks keep documents in input order, so the blocks, and with them a seeded run, do not
 * depend on the order in which shuffle blocks arrive.
 */
final class DocBlocks {
    private DocBlocks() {
    }

    /** A document as token word ids (each term repeated by its count) and its id (or null). */
    record TokenDoc(long index, String id, int[] words, int vectorSize) implements Serializable {
    }

    /** The blocks, persisted; each carries the vector size, so the caller can read the vocabulary size. */
    static JavaRDD<DocBlock> build(Dataset<?> dataset, String featuresCol, String docIdCol, int partitions) {
        boolean withIds = docIdCol != null && !docIdCol.isEmpty();
        Column id = withIds ? functions.col(docIdCol).cast("string") : functions.lit(null).cast("string");
        JavaRDD<Row> rows = dataset.select(functions.col(featuresCol), id).toJavaRDD();
        return rows.zipWithIndex()
                .mapToPair(t -> new Tuple2<>(t._2(), toDoc(t._2(), t._1())))
                .partitionBy(new ModPartitioner(partitions))
                .mapPartitionsWithIndex((p, it) -> List.of(block(p, it, withIds)).iterator(), true)
                .persist(StorageLevel.MEMORY_ONLY());
    }

    private static TokenDoc toDoc(long index, Row row) {
        Vector v = row.getAs(0);
        if (v == null) {
            throw new IllegalArgumentException("Invalid features: null vector in row " + index);
        }
        return new TokenDoc(index, row.isNullAt(1) ? null : row.getString(1), tokens(v), v.size());
    }

    /** The word id of every token: index j repeated counts[j] times; counts must be whole and not negative. */
    static int[] tokens(Vector v) {
        int[] indices;
        double[] values;
        if (v instanceof SparseVector s) {
            indices = s.indices();
            values = s.values();
        } else {
            values = ((DenseVector) v).values();
            indices = null;
        }
        long total = 0;
        for (int j = 0; j < values.length; j++) {
            double c = values[j];
            if (c < 0 || c != Math.rint(c)) {
                throw new IllegalArgumentException("Invalid term count " + c + " at index "
                        + (indices == null ? j : indices[j]) + " (Gibbs sampling needs whole counts >= 0)");
            }
            total += (long) c;
        }
        int[] words = new int[Math.toIntExact(total)];
        int n = 0;
        for (int j = 0; j < values.length; j++) {
            int w = indices == null ? j : indices[j];
            for (int c = (int) values[j]; c > 0; c--) {
                words[n++] = w;
            }
        }
        return words;
    }

    private static DocBlock block(int partition, Iterator<Tuple2<Long, TokenDoc>> it, boolean withIds) {
        List<TokenDoc> docs = new ArrayList<>();
        it.forEachRemaining(t -> docs.add(t._2()));
        docs.sort(Comparator.comparingLong(TokenDoc::index));
        int[] docStart = new int[docs.size() + 1];
        long tokens = 0;
        int vectorSize = 0;
        for (int d = 0; d < docs.size(); d++) {
            tokens += docs.get(d).words().length;
            docStart[d + 1] = Math.toIntExact(tokens);
            vectorSize = Math.max(vectorSize, docs.get(d).vectorSize());
        }
        int[] words = new int[docStart[docs.size()]];
        String[] ids = withIds ? new String[docs.size()] : null;
        for (int d = 0; d < docs.size(); d++) {
            System.arraycopy(docs.get(d).words(), 0, words, docStart[d], docs.get(d).words().length);
            if (ids != null) {
                ids[d] = docs.get(d).id();
            }
        }
        return new DocBlock(partition, docStart, words, ids, vectorSize);
    }

    /** Document i to partition i mod n. */
    static final class ModPartitioner extends Partitioner {
        private static final long serialVersionUID = 1L;
        private final int partitions;

        ModPartitioner(int partitions) {
            this.partitions = partitions;
        }

        @Override
        public int numPartitions() {
            return partitions;
        }

        @Override
        public int getPartition(Object key) {
            return (int) Math.floorMod((Long) key, (long) partitions);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ModPartitioner m && m.partitions == partitions;
        }

        @Override
        public int hashCode() {
            return partitions;
        }
    }
}
