package org.cabletrends.trends;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Matched-term counts per theme and period at the all-posts level, from the evidence of the cables that talk about
 * the theme, with rising and falling terms against the previous period: log_ratio = ln((count + 1) /
 * (previous_count + 1)) (add-one smoothing, so new and vanished terms have finite ratios). A term counted in the
 * previous period but not in this one gets a row with count 0, so it can rank as falling.
 */
final class ThemeKeywords {
    private static final String IDX = ThemeCells.IDX;

    private ThemeKeywords() {
    }

    /** {@code talking} is already joined with {@code base}. */
    static Dataset<Row> of(Dataset<Row> base, Dataset<Row> talking, boolean monthly, int topTerms) {
        Dataset<Row> counts = talking
                .select(col(IDX), col("theme"), explode(col("evidence")).as("e"))
                .groupBy(col(IDX), col("theme"), col("e.term").as("term")).agg(count(lit(1)).as("count"));
        Dataset<Row> previous = counts.select(col(IDX).plus(1).as(IDX), col("theme"), col("term"),
                col("count").as("previous_count"));
        Dataset<Row> both = counts.join(previous, ThemeCells.scala(List.of(IDX, "theme", "term")), "full_outer")
                .na().fill(0L, new String[] {"count", "previous_count"});
        Dataset<Row> periods = base.select(IDX, "year", "month").dropDuplicates(IDX);
        if (!monthly) {
            periods = periods.withColumn("month", lit(null).cast("int"));
        }
        Dataset<Row> hasPrevious = periods.select(col(IDX).plus(1).as(IDX), lit(true).as("has_previous"));
        // The inner join drops the shifted rows of the period after the last one.
        Dataset<Row> rows = both.join(periods.join(hasPrevious, ThemeCells.scala(List.of(IDX)), "left"),
                ThemeCells.scala(List.of(IDX)));
        Column ratio = log(col("count").plus(1).cast("double").divide(col("previous_count").plus(1)));
        rows = rows.withColumn("log_ratio", when(col("has_previous"), ratio))
                .withColumn("level", lit(monthly ? "month" : "year"));
        return ranked(rows, topTerms);
    }

    private static Dataset<Row> ranked(Dataset<Row> rows, int topTerms) {
        WindowSpec period = Window.partitionBy(col(IDX), col("theme"), col("log_ratio").gt(0));
        Column rising = row_number().over(period.orderBy(col("log_ratio").desc(), col("count").desc(),
                col("term")));
        Column falling = row_number().over(Window.partitionBy(col(IDX), col("theme"), col("log_ratio").lt(0))
                .orderBy(col("log_ratio"), col("previous_count").desc(), col("term")));
        return rows.withColumn("rising_rank", when(col("log_ratio").gt(0).and(rising.leq(topTerms)), rising))
                .withColumn("falling_rank", when(col("log_ratio").lt(0).and(falling.leq(topTerms)), falling));
    }
}
