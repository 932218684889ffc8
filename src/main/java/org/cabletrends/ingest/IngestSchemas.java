package org.cabletrends.ingest;

import static org.apache.spark.sql.types.DataTypes.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The Parquet schemas of a run directory; docs/SCHEMAS.md describes every column. */
public final class IngestSchemas {
    public static final String CABLES = "cables";
    public static final String PARAGRAPHS = "paragraphs";
    public static final String PARSE_ISSUES = "parse_issues";
    public static final String REJECTS = "rejects";
    public static final String DUPLICATES = "duplicates";
    /** Tables in the order they are written and listed in the manifest. */
    public static final List<String> TABLES = List.of(CABLES, PARAGRAPHS, PARSE_ISSUES, REJECTS, DUPLICATES);

    static final ArrayType STRINGS = createArrayType(StringType, true);
    static final StructType TAG = struct(f("code", StringType), f("kind", StringType));
    static final StructType REFERENCE = struct(f("letter", StringType), f("text", StringType), f("refids", STRINGS));
    static final StructType PARAGRAPH = struct(f("number", IntegerType), f("marking", StringType),
            f("heading", StringType), f("text", StringType), f("start", IntegerType), f("end", IntegerType));
    static final StructType ISSUE = struct(f("code", StringType), f("severity", StringType),
            f("line", IntegerType), f("column", IntegerType), f("message", StringType));

    public static final StructType CABLES_SCHEMA = struct(
            f("refid", StringType), f("refid_as_written", StringType), f("dtg", TimestampType),
            f("dtg_as_written", StringType), f("precedence", StringType), f("origin", StringType),
            f("origin_as_written", StringType), f("to", STRINGS), f("info", STRINGS), f("classification", StringType),
            f("classification_rank", IntegerType), f("classification_as_written", StringType), f("caveats", STRINGS),
            f("section", IntegerType), f("section_count", IntegerType), f("eo_line", StringType),
            f("declassify_on", DateType), f("tags", createArrayType(TAG, true)), f("subject", StringType),
            f("subject_display", StringType), f("references", createArrayType(REFERENCE, true)),
            f("classified_by", StringType), f("reasons", StringType), f("summary", StringType),
            f("comments", STRINGS), f("signers", STRINGS), f("body", StringType), f("form", StringType),
            f("source", StringType), f("content_hash", StringType), f("issue_count", IntegerType),
            f("year", IntegerType), f("month", IntegerType));

    public static final StructType PARAGRAPHS_SCHEMA = struct(concat(List.of(f("refid", StringType)),
            Arrays.asList(PARAGRAPH.fields()), List.of(f("year", IntegerType), f("month", IntegerType))));

    public static final StructType PARSE_ISSUES_SCHEMA = struct(concat(
            List.of(f("refid", StringType), f("source", StringType)), Arrays.asList(ISSUE.fields())));

    public static final StructType REJECTS_SCHEMA = struct(f("source", StringType), f("position", LongType),
            f("reason", StringType), f("byte_length", LongType), f("content_hash", StringType));

    public static final StructType DUPLICATES_SCHEMA = struct(f("refid", StringType), f("source", StringType),
            f("content_hash", StringType), f("error_count", IntegerType), f("body_length", IntegerType),
            f("kept_source", StringType), f("reason", StringType));

    /**
     * One row per input unit (a cable file or a CSV record), staged between parsing and the tables: the cable columns
     * (null for rejects) plus what the tables are cut from.
     */
    public static final StructType UNITS_SCHEMA = struct(concat(
            List.of(f("kind", StringType), f("reject_reason", StringType), f("position", LongType),
                    f("byte_length", LongType), f("error_count", IntegerType), f("body_length", IntegerType),
                    f("from_csv", BooleanType)),
            Arrays.asList(CABLES_SCHEMA.fields()),
            List.of(f("paragraphs", createArrayType(PARAGRAPH, true)), f("issues", createArrayType(ISSUE, true)))));

    private IngestSchemas() {
    }

    /** The schema of one of {@link #TABLES}. */
    public static StructType schema(String table) {
        return switch (table) {
            case CABLES -> CABLES_SCHEMA;
            case PARAGRAPHS -> PARAGRAPHS_SCHEMA;
            case PARSE_ISSUES -> PARSE_ISSUES_SCHEMA;
            case REJECTS -> REJECTS_SCHEMA;
            case DUPLICATES -> DUPLICATES_SCHEMA;
            default -> throw new IllegalArgumentException("Invalid table '" + table + "' (known: " + TABLES + ")");
        };
    }

    private static StructField f(String name, DataType type) {
        return createStructField(name, type, true);
    }

    private static StructType struct(StructField... fields) {
        return createStructType(fields);
    }

    private static StructType struct(List<StructField> fields) {
        return createStructType(fields);
    }

    @SafeVarargs
    private static List<StructField> concat(List<StructField>... parts) {
        List<StructField> all = new ArrayList<>();
        for (List<StructField> p : parts) {
            all.addAll(p);
        }
        return all;
    }
}
