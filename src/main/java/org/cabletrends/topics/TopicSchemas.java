package org.cabletrends.topics;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.StructType;

/** Explicit schemas of the topics stage's tables (docs/SCHEMAS.md, "Topics"). */
public final class TopicSchemas {
    /** Top terms per topic written to {@code topics}. */
    public static final int TOP_TERMS = 30;

    public static final StructType TOPICS = new StructType()
            .add("topic_id", IntegerType, false)
            .add("label", StringType, false)
            .add("rank", IntegerType, false)
            .add("term", StringType, false)
            .add("token", StringType, false)
            .add("weight", DoubleType, false);

    public static final StructType DOC_TOPICS = new StructType()
            .add("refid", StringType, false)
            .add("doc_id", StringType, false)
            .add("documents", IntegerType, false)
            .add("tokens", LongType, false)
            .add("distribution", createArrayType(DoubleType, false), false)
            .add("topic_id", IntegerType, false)
            .add("weight", DoubleType, false);

    public static final StructType TOPIC_TRENDS = new StructType()
            .add("level", StringType, false)
            .add("year", IntegerType, false)
            .add("month", IntegerType, true)
            .add("post", StringType, true)
            .add("topic_id", IntegerType, false)
            .add("cables", LongType, false)
            .add("topic_cables", LongType, false)
            .add("weight", DoubleType, false)
            .add("share", DoubleType, false)
            .add("small_count", BooleanType, false);

    public static final StructType TOPIC_QUALITY = new StructType()
            .add("topic_id", IntegerType, false)
            .add("label", StringType, false)
            .add("npmi", DoubleType, false)
            .add("umass", DoubleType, false)
            .add("size", DoubleType, false)
            .add("tokens", DoubleType, false)
            .add("dominant_cables", LongType, false)
            .add("exclusivity", DoubleType, false)
            .add("matched", BooleanType, false)
            .add("previous_topic_id", IntegerType, true)
            .add("match_distance", DoubleType, true);

    private TopicSchemas() {
    }
}
