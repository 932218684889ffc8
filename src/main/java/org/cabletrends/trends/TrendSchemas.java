package org.cabletrends.trends;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Explicit schemas of the trend tables (docs/SCHEMAS.md, "Theme trends"); post null = all posts. */
public final class TrendSchemas {
    private static final DataType INT = DataTypes.IntegerType;
    private static final DataType LONG = DataTypes.LongType;
    private static final DataType DOUBLE = DataTypes.DoubleType;
    private static final DataType STRING = DataTypes.StringType;
    private static final DataType BOOL = DataTypes.BooleanType;

    /** Input: one row per cable and theme, as the theme scorer writes it. */
    public static final StructType CABLE_THEMES = new StructType()
            .add("refid", STRING).add("theme", STRING).add("hits", DOUBLE).add("text_score", DOUBLE)
            .add("tag_signal", BOOL).add("paragraphs", new ArrayType(INT, true))
            .add("evidence", new ArrayType(new StructType().add("paragraph", INT).add("term", STRING), true));

    public static final StructType THEME_MONTHLY = cells(new StructType().add("year", INT).add("month", INT))
            .add("change_prev_month", DOUBLE).add("change_prev_year", DOUBLE).add("z_score", DOUBLE)
            .add("small_count", BOOL);

    public static final StructType THEME_YEARLY = cells(new StructType().add("year", INT))
            .add("change_prev_year", DOUBLE).add("z_score", DOUBLE).add("small_count", BOOL);

    public static final StructType THEME_KEYWORDS = new StructType()
            .add("level", STRING).add("year", INT).add("month", INT).add("theme", STRING).add("term", STRING)
            .add("count", LONG).add("previous_count", LONG).add("log_ratio", DOUBLE)
            .add("rising_rank", INT).add("falling_rank", INT);

    public static final StructType EVIDENCE = new StructType()
            .add("refid", STRING).add("paragraphs", new ArrayType(INT, true)).add("text_score", DOUBLE);

    public static final StructType THEME_BURSTS = new StructType()
            .add("theme", STRING).add("post", STRING).add("start_month", STRING).add("end_month", STRING)
            .add("months", INT).add("strength", DOUBLE).add("theme_cables", LONG).add("cables", LONG)
            .add("evidence", new ArrayType(EVIDENCE, true));

    private TrendSchemas() {
    }

    private static StructType cells(StructType period) {
        return period.add("post", STRING).add("theme", STRING).add("cables", LONG).add("theme_cables", LONG)
                .add("paragraphs", LONG).add("hits", DOUBLE).add("share", DOUBLE).add("share_low", DOUBLE)
                .add("share_high", DOUBLE);
    }
}
