package org.cabletrends.topics.gibbs;

import java.util.Arrays;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Input checks and output schemas of the estimator and model. */
final class GibbsSchemas {
    /** describeTopics: topic, termIndices, termWeights (as MLlib's LDAModel). */
    static final StructType TOPICS = new StructType()
            .add("topic", DataTypes.IntegerType, false)
            .add("termIndices", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
            .add("termWeights", DataTypes.createArrayType(DataTypes.DoubleType, false), false);

    private GibbsSchemas() {
    }

    /** The input schema with the topic distribution column added; fails on a missing or mistyped column. */
    static StructType output(StructType schema, String featuresCol, String outputCol, String docIdCol) {
        StructField features = field(schema, featuresCol, "featuresCol");
        if (!features.dataType().equals(SQLDataTypes.VectorType())) {
            throw new IllegalArgumentException("Invalid featuresCol '" + featuresCol + "': " + features.dataType()
                    .simpleString() + ", expected a vector of term counts");
        }
        if (docIdCol != null && !docIdCol.isEmpty()) {
            field(schema, docIdCol, "docIdCol");
        }
        if (Arrays.asList(schema.fieldNames()).contains(outputCol)) {
            throw new IllegalArgumentException("Invalid topicDistributionCol '" + outputCol + "': already a column");
        }
        return schema.add(outputCol, SQLDataTypes.VectorType(), false);
    }

    private static StructField field(StructType schema, String name, String param) {
        if (!Arrays.asList(schema.fieldNames()).contains(name)) {
            throw new IllegalArgumentException("Invalid " + param + " '" + name + "': no such column in "
                    + Arrays.toString(schema.fieldNames()));
        }
        return schema.apply(name);
    }

    /** trainingTopicDistributions: the id column (string) and the topic distribution. */
    static StructType trainingDistributions(String docIdCol, String outputCol) {
        return new StructType().add(docIdCol, DataTypes.StringType, true)
                .add(outputCol, SQLDataTypes.VectorType(), false);
    }
}
