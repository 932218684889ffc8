package org.cabletrends.topics;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * How documents are laid out for fitting: sorted by doc_id and cut into contiguous, equally sized partitions, one
 * per core. MLlib's optimizers sample and seed per partition and sum partition statistics in task-completion order;
 * a layout that depends only on the documents makes the sampling reproducible, and with two partitions (local[2])
 * the sums are too (a + b = b + a exactly). With more partitions the sums may differ in their last bits between runs.
 */
final class FitPartitions {
    private static final Pattern LOCAL = Pattern.compile("local(?:\\[(\\*|\\d+)(?:,\\d+)?])?");

    private FitPartitions() {
    }

    /** One partition per core: n of {@code local[n]}, the machine's for {@code local[*]}, else the default parallelism. */
    static int of(SparkSession spark) {
        return cores(spark.sparkContext().master(), spark.sparkContext().defaultParallelism());
    }

    static int cores(String master, int defaultParallelism) {
        Matcher m = LOCAL.matcher(master);
        if (!m.matches()) {
            return Math.max(1, defaultParallelism);
        }
        if (m.group(1) == null) {
            return 1;
        }
        return m.group(1).equals("*") ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(m.group(1));
    }

    /** {@code rows} (with a unique {@code doc_id}) sorted by doc_id into {@code partitions} contiguous ranges. */
    static Dataset<Row> spread(Dataset<Row> rows, int partitions) {
        return spread(rows, partitions, rows.count());
    }

    /** As {@link #spread(Dataset, int)} when the number of rows is known (saves a pass over them). */
    static Dataset<Row> spread(Dataset<Row> rows, int partitions, long count) {
        Dataset<Row> sorted = rows.orderBy("doc_id");
        long n = Math.max(1, count);
        JavaRDD<Row> laid = sorted.javaRDD().zipWithIndex().mapToPair(t -> new scala.Tuple2<>(t._2(), t._1()))
                .repartitionAndSortWithinPartitions(new Contiguous(partitions, n)).values();
        return rows.sparkSession().createDataFrame(laid, rows.schema());
    }

    /** Index i of n goes to partition ⌊i·p/n⌋. */
    private static final class Contiguous extends Partitioner {
        private static final long serialVersionUID = 1L;
        private final int partitions;
        private final long n;

        Contiguous(int partitions, long n) {
            this.partitions = partitions;
            this.n = n;
        }

        @Override
        public int numPartitions() {
            return partitions;
        }

        @Override
        public int getPartition(Object key) {
            return (int) Math.min(partitions - 1, (Long) key * partitions / n);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Contiguous c && c.partitions == partitions && c.n == n;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(n) * 31 + partitions;
        }
    }
}
