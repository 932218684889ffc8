package org.cabletrends.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.cabletrends.SparkTestSession;
import org.junit.jupiter.api.Test;

class TopicSizeSparkTest {
    @Test
    void vectorAndArrayColumnsGiveTheJavaShares() {
        SparkSession spark = SparkTestSession.get();
        List<double[]> theta = List.of(new double[] {1, 0, 0}, new double[] {0.2, 0.3, 0.5},
                new double[] {0, 0.5, 0.5});
        long[] lengths = {10, 40, 50};
        StructType schema = new StructType().add("refid", DataTypes.StringType)
                .add("topicDistribution", SQLDataTypes.VectorType())
                .add("theta", DataTypes.createArrayType(DataTypes.DoubleType)).add("tokens", DataTypes.IntegerType);
        Dataset<Row> docs = spark.createDataFrame(List.of(
                RowFactory.create("a", Vectors.dense(theta.get(0)), theta.get(0), 10),
                RowFactory.create("b", Vectors.dense(theta.get(1)), theta.get(1), 40),
                RowFactory.create("c", Vectors.dense(theta.get(2)), theta.get(2), 50),
                RowFactory.create("d", null, null, 99)), schema);
        List<Double> expected = TopicSize.ofDocuments(theta, lengths);
        assertClose(TopicSizeSpark.ofDocuments(docs, "topicDistribution", "tokens", 3), expected);
        assertClose(TopicSizeSpark.ofDocuments(docs, "theta", "tokens", 3), expected);
        assertClose(TopicSizeSpark.ofDocuments(docs, "theta", null, 3), TopicSize.ofDocuments(theta, null));
    }

    private static void assertClose(List<Double> actual, List<Double> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int t = 0; t < expected.size(); t++) {
            assertThat(actual.get(t)).isCloseTo(expected.get(t), within(1e-12));
        }
    }
}
