package org.cabletrends.ingest;

import static org.apache.spark.sql.functions.*;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.cabletrends.config.DuplicateRule;

/** Cuts the tables of a run out of the staged units (one row per input unit) and writes them as Parquet. */
final class IngestTables {
    static final String SAME_CONTENT = "identical_content";
    static final String OTHER_VERSION = "other_version";

    private final SparkSession spark;
    private final Dataset<Row> units;
    private final List<String> partitionColumns;

    IngestTables(SparkSession spark, String unitsPath, List<String> partitionColumns) {
        this.spark = spark;
        this.units = spark.read().schema(IngestSchemas.UNITS_SCHEMA).parquet(unitsPath);
        this.partitionColumns = List.copyOf(partitionColumns);
    }

    /** Unit counts by (from_csv, kind), for the input side of the reconciliation. */
    List<Row> unitCounts() {
        return units.groupBy("from_csv", "kind").count().collectAsList();
    }

    /**
     * Ranks the copies of every refid by the rule and writes all but the first to the duplicates table, each with
     * the source that was kept and whether its bytes were the same ({@code identical_content}) or not.
     */
    void writeDuplicates(DuplicateRule rule, String path) {
        WindowSpec byRefid = Window.partitionBy("refid").orderBy(order(rule));
        Dataset<Row> ranked = cables()
                .select("refid", "source", "content_hash", "error_count", "body_length")
                .withColumn("rank", row_number().over(byRefid))
                .withColumn("kept_source", first("source").over(byRefid))
                .withColumn("kept_hash", first("content_hash").over(byRefid));
        Dataset<Row> dups = ranked.where(col("rank").gt(1)).select(col("refid"), col("source"), col("content_hash"),
                col("error_count"), col("body_length"), col("kept_source"),
                when(col("content_hash").equalTo(col("kept_hash")), SAME_CONTENT).otherwise(OTHER_VERSION).as("reason"));
        dups.orderBy("refid", "source").coalesce(1).write().mode(SaveMode.ErrorIfExists).parquet(path);
    }

    static Column[] order(DuplicateRule rule) {
        return switch (rule) {
            case FEWEST_ERRORS -> new Column[] {col("error_count").asc(), col("body_length").desc(), col("source").asc()};
            case LONGEST_BODY -> new Column[] {col("body_length").desc(), col("error_count").asc(), col("source").asc()};
            case FIRST_SOURCE -> new Column[] {col("source").asc()};
        };
    }

    /** Cables and paragraphs of the kept copies: every cable unit whose source is not in the duplicates table. */
    void writeCablesAndParagraphs(String duplicatesPath, String cablesPath, String paragraphsPath) {
        Dataset<Row> dropped = spark.read().schema(IngestSchemas.DUPLICATES_SCHEMA).parquet(duplicatesPath).select("source");
        Dataset<Row> kept = cables().join(broadcast(dropped), new String[] {"source"}, "left_anti");
        partitioned(kept.select(columns(IngestSchemas.CABLES_SCHEMA.fieldNames())), cablesPath);
        Dataset<Row> paragraphs = kept.select(col("refid"), explode(col("paragraphs")).as("p"), col("year"), col("month"))
                .select(col("refid"), col("p.number"), col("p.marking"), col("p.heading"), col("p.text"),
                        col("p.start"), col("p.end"), col("year"), col("month"));
        partitioned(paragraphs, paragraphsPath);
    }

    /** Every issue of every unit, cables, duplicates and rejects alike. */
    void writeIssues(String path) {
        units.select(col("refid"), col("source"), explode(col("issues")).as("i"))
                .select(col("refid"), col("source"), col("i.code"), col("i.severity"), col("i.line"), col("i.column"),
                        col("i.message"))
                .write().mode(SaveMode.ErrorIfExists).parquet(path);
    }

    void writeRejects(String path) {
        units.where(col("kind").equalTo(UnitRows.REJECT))
                .select(col("source"), col("position"), col("reject_reason").as("reason"), col("byte_length"),
                        col("content_hash"))
                .orderBy("source").coalesce(1)
                .write().mode(SaveMode.ErrorIfExists).parquet(path);
    }

    /** Rows of a written table, read back with its schema (an empty partitioned table has no file to infer from). */
    long count(String table, String path) {
        return spark.read().schema(IngestSchemas.schema(table)).parquet(path).count();
    }

    private Dataset<Row> cables() {
        return units.where(col("kind").equalTo(UnitRows.CABLE));
    }

    private void partitioned(Dataset<Row> table, String path) {
        table.write().mode(SaveMode.ErrorIfExists).partitionBy(partitionColumns.toArray(String[]::new)).parquet(path);
    }

    private static Column[] columns(String[] names) {
        return Arrays.stream(names).map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    }
}
