package org.cabletrends.topics;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.cabletrends.cable.Cable;
import org.cabletrends.cable.CableParser;
import scala.Tuple2;

/**
 * Action: topics of new cables under a saved model, without retraining. Cable files (or folders of them) are parsed
 * with {@link CableParser}; an ingested run directory is read from its {@code paragraphs} table. Tokens are made as
 * the model's run made them ({@link CableTokens} with the model's phrases), counted over the model's vocabulary and
 * scored by the model; the result has the {@code doc_topics} schema with the model's stable ids.
 */
public final class ScoreCables {
    private final SparkSession spark;
    private final SavedModel model;

    private ScoreCables(SparkSession spark, SavedModel model) {
        this.spark = spark;
        this.model = model;
    }

    public static ScoreCables of(SparkSession spark, SavedModel model) {
        return new ScoreCables(spark, model);
    }

    /** @param inputs cable files, folders of cable files, or ingested run directories */
    public ScoreResult execute(List<String> inputs) throws IOException {
        Dataset<Row> documents = null;
        for (String input : inputs) {
            Dataset<Row> d = isRun(Path.of(input)) ? runDocuments(input) : fileDocuments(Path.of(input));
            documents = documents == null ? d : documents.unionByName(d);
        }
        if (documents == null) {
            throw new IllegalArgumentException("Invalid inputs: none given");
        }
        Dataset<Row> all = TokenVectors.of(model.vocabulary(), documents).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> vectors = all.filter(col("tokens").gt(0));
        Dataset<Row> table = DocTopics.table(spark, DocTopics.scored(model.model(), vectors), model.ids(), model.unit())
                .orderBy("refid").persist(StorageLevel.MEMORY_AND_DISK());
        long docs = all.count();
        long scored = vectors.count();
        all.unpersist();
        return new ScoreResult(table, table.count(), docs, docs - scored);
    }

    static boolean isRun(Path p) {
        return Files.isDirectory(p) && Files.exists(p.resolve("manifest.json")) && Files.isDirectory(p.resolve("paragraphs"));
    }

    private Dataset<Row> fileDocuments(Path input) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(input)) {
            try (Stream<Path> walk = Files.walk(input)) {
                walk.filter(Files::isRegularFile).filter(ScoreCables::isCableFile).sorted().forEach(files::add);
            }
        } else if (Files.isRegularFile(input)) {
            files.add(input);
        } else {
            throw new IOException("Cannot read " + input + ": no such file or directory");
        }
        List<Row> rows = new ArrayList<>();
        for (Path f : files) {
            Cable cable = CableParser.parse(f.toString(), Files.readAllBytes(f)).cable();
            for (TopicDocument d : CableTokens.documents(cable, model.unit(), model.phrases())) {
                String refid = d.refid().isEmpty() ? f.getFileName().toString() : d.refid();
                String docId = d.refid().isEmpty() ? refid + d.docId() : d.docId();
                rows.add(RowFactory.create(refid, docId, d.tokens().toArray(String[]::new)));
            }
        }
        return spark.createDataFrame(rows, PrepareTokens.DOCUMENTS);
    }

    /** Hidden files, metadata and notes are skipped, as ingest skips them. */
    static boolean isCableFile(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && !name.startsWith("_") && !name.endsWith(".tsv") && !name.endsWith(".md")
                && !name.endsWith(".json") && !name.endsWith(".jsonl") && !name.endsWith(".csv");
    }

    /** The documents of an ingested run's paragraphs, made as {@link CableTokens#documents} makes them. */
    private Dataset<Row> runDocuments(String run) {
        Phrases phrases = model.phrases();
        org.cabletrends.config.TopicUnit unit = model.unit();
        JavaRDD<Row> rows = spark.read().parquet(run + "/paragraphs").select("refid", "number", "start", "text")
                .javaRDD().mapToPair(r -> new Tuple2<>(r.getString(0), r)).groupByKey()
                .flatMap(t -> documents(t._1(), t._2(), unit, phrases).iterator());
        return spark.createDataFrame(rows, PrepareTokens.DOCUMENTS);
    }

    private static List<Row> documents(String refid, Iterable<Row> paragraphs, org.cabletrends.config.TopicUnit unit,
                                       Phrases phrases) {
        List<Row> list = new ArrayList<>();
        paragraphs.forEach(list::add);
        list.sort(Comparator.comparingInt((Row r) -> r.isNullAt(2) ? 0 : r.getInt(2)).thenComparingInt(r -> r.getInt(1))
                .thenComparing(r -> r.getString(3)));
        Map<Integer, Integer> seen = new HashMap<>();
        List<String> all = new ArrayList<>();
        List<Row> out = new ArrayList<>();
        for (Row p : list) {
            int occurrence = seen.merge(p.getInt(1), 1, Integer::sum);
            List<String> stems = CableTokens.paragraph(p.getString(3), phrases).stream().map(Token::stem).toList();
            if (unit == org.cabletrends.config.TopicUnit.CABLE) {
                all.addAll(stems);
            } else if (!stems.isEmpty()) {
                out.add(RowFactory.create(refid, CableTokens.docId(refid, p.getInt(1), occurrence, unit),
                        stems.toArray(String[]::new)));
            }
        }
        if (unit == org.cabletrends.config.TopicUnit.CABLE && !all.isEmpty()) {
            out.add(RowFactory.create(refid, refid, all.toArray(String[]::new)));
        }
        return out;
    }
}
