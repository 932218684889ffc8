package org.cabletrends.topics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.cabletrends.SparkTestSession;
import org.cabletrends.cable.Cable;
import org.cabletrends.cable.CableParser;
import org.cabletrends.cable.Paragraph;
import org.cabletrends.config.TopicUnit;
import org.cabletrends.synth.SynthOptions;
import org.cabletrends.synth.SyntheticCable;
import org.cabletrends.synth.SyntheticCorpus;
import org.cabletrends.synth.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PrepareTokens on a synthetic corpus: planted topic words and theme bigrams, units, the Java path, determinism. */
class PrepareTokensSparkTest {
    private static final StructType PARAGRAPHS = new StructType().add("refid", DataTypes.StringType)
            .add("number", DataTypes.IntegerType).add("text", DataTypes.StringType)
            .add("start", DataTypes.IntegerType);
    private static final StructType CABLES = new StructType().add("refid", DataTypes.StringType);
    private static final int CABLE_COUNT = 3000;
    private static final long MIN_COUNT = 10;

    @TempDir
    static Path dir;
    private static final Map<String, Cable> parsed = new LinkedHashMap<>();
    private static final List<String> topicWords = new ArrayList<>();
    private static Dataset<Row> paragraphs;
    private static Dataset<Row> cables;
    private static PreparedTokens byCable;
    private static PreparedTokens byParagraph;

    @BeforeAll
    static void prepare() throws Exception {
        SyntheticCorpus corpus = new SyntheticCorpus(SynthOptions.defaults().withCables(CABLE_COUNT));
        corpus.writeDirectory(dir);
        JsonNode summary = new ObjectMapper().readTree(Files.readString(dir.resolve("ground-truth-summary.json")));
        summary.get("topics").forEach(t -> t.get("words").forEach(w -> topicWords.add(w.get("word").asText())));
        List<Row> paraRows = new ArrayList<>();
        for (SyntheticCable sc : corpus) {
            Cable c = CableParser.parse(sc.fileName(), sc.bytes()).cable();
            if (c.refid() != null && parsed.putIfAbsent(c.refid(), c) == null) {
                c.paragraphs().forEach(p -> paraRows.add(RowFactory.create(c.refid(), p.number(), p.text(),
                        p.start())));
            }
        }
        SparkSession spark = SparkTestSession.get();
        paragraphs = spark.createDataFrame(paraRows, PARAGRAPHS);
        cables = spark.createDataFrame(parsed.keySet().stream().map(r -> RowFactory.create(r)).toList(), CABLES);
        byCable = prepareTokens(TopicUnit.CABLE).execute(paragraphs, cables);
        byParagraph = prepareTokens(TopicUnit.PARAGRAPH).execute(paragraphs, cables);
    }

    private static PrepareTokens prepareTokens(TopicUnit unit) {
        return PrepareTokens.of(SparkTestSession.get(), org.cabletrends.config.CablesConfig.resolve(Map.of(),
                Map.of(), Map.of(), java.time.Clock.systemUTC()).topics()).unit(unit).phrases(true)
                .phraseMinCount(MIN_COUNT);
    }

    private static Map<String, List<String>> collect(Dataset<Row> documents) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Row r : documents.collectAsList()) {
            out.put(r.getString(1), r.getList(2));
        }
        return out;
    }

    @Test
    void documentsHaveTheExplicitSchemaAndCounts() {
        assertThat(byCable.documents().schema()).isEqualTo(PrepareTokens.DOCUMENTS);
        Map<String, List<String>> docs = collect(byCable.documents());
        assertThat(docs).hasSize((int) byCable.documentCount());
        assertThat(byCable.documentCount() + byCable.emptyDocuments()).isEqualTo(parsed.size());
        assertThat(docs.values().stream().mapToLong(List::size).sum()).isEqualTo(byCable.tokens());
        assertThat(docs.values()).allSatisfy(t -> assertThat(t).isNotEmpty());
        assertThat(new ArrayList<>(docs.keySet())).isSorted();
        assertThat(byCable.distinctTokens()).isEqualTo(byCable.displayForms().size());
    }

    @Test
    void plantedTopicWordsSurviveThePreparation() {
        Set<String> parts = new HashSet<>();
        byCable.displayForms().keySet().forEach(t -> parts.addAll(List.of(t.split(Phrase.JOIN))));
        assertThat(topicWords).hasSizeGreaterThanOrEqualTo(8 * 40);
        List<String> lost = topicWords.stream().filter(w -> !parts.contains(TopicText.stem(w))).toList();
        assertThat(lost).isEmpty();
        // Display forms are surface forms of their stem, as written in the corpus.
        for (String w : topicWords) {
            String display = byCable.displayForms().get(TopicText.stem(w));
            if (display != null) {
                assertThat(TopicText.stem(display)).isEqualTo(TopicText.stem(w));
            }
        }
    }

    @Test
    void plantedThemeBigramsBecomePhrases() {
        List<String> expected = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            for (String term : theme.terms()) {
                List<Token> tokens = TopicText.tokens(term);
                if (tokens.size() == 2) {
                    expected.add(tokens.get(0).stem() + Phrase.JOIN + tokens.get(1).stem());
                }
            }
        }
        Set<String> found = new TreeSet<>();
        byCable.phrases().list().forEach(p -> found.add(p.token()));
        List<String> missing = expected.stream().filter(t -> !found.contains(t)).toList();
        assertThat(expected).hasSizeGreaterThan(30);
        assertThat(missing.size()).as("missing %s", missing).isLessThanOrEqualTo(expected.size() / 10);
        assertThat(byCable.display("human_right")).isEqualTo("human rights");
        assertThat(byCable.phrases().list()).allSatisfy(p -> assertThat(p.count()).isGreaterThanOrEqualTo(MIN_COUNT))
                .allSatisfy(p -> assertThat(p.score()).isGreaterThanOrEqualTo(PrepareTokens.DEFAULT_PHRASE_THRESHOLD));
    }

    @Test
    void paragraphDocumentsConcatenateToCableDocuments() {
        assertThat(byParagraph.phrases()).isEqualTo(byCable.phrases());
        Map<String, List<String>> joined = new LinkedHashMap<>();
        for (Row r : byParagraph.documents().collectAsList()) {
            assertThat(r.getString(1)).startsWith(r.getString(0) + "#");
            joined.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).addAll(r.getList(2));
        }
        assertThat(joined).isEqualTo(collect(byCable.documents()));
        assertThat(byParagraph.tokens()).isEqualTo(byCable.tokens());
        assertThat(byParagraph.documentCount()).isGreaterThan(3 * byCable.documentCount());
    }

    @Test
    void sparkAndPureJavaPathsGiveTheSameTokens() {
        Map<String, List<String>> spark = collect(byCable.documents());
        Map<String, List<String>> sparkParagraphs = collect(byParagraph.documents());
        Map<String, List<String>> java = new LinkedHashMap<>();
        Map<String, List<String>> javaParagraphs = new LinkedHashMap<>();
        for (Cable c : parsed.values()) {
            CableTokens.documents(c, TopicUnit.CABLE, byCable.phrases()).forEach(d -> java.put(d.docId(), d.tokens()));
            CableTokens.documents(c, TopicUnit.PARAGRAPH, byCable.phrases())
                    .forEach(d -> javaParagraphs.put(d.docId(), d.tokens()));
        }
        assertThat(java).isEqualTo(spark);
        assertThat(javaParagraphs).isEqualTo(sparkParagraphs);
        Cable one = parsed.values().iterator().next();
        Paragraph first = one.paragraphs().get(0);
        assertThat(CableTokens.paragraph(first.text(), Phrases.NONE)).isEqualTo(TopicText.tokens(first.text()));
    }

    @Test
    void sameInputInAnotherOrderGivesTheSameResult() throws Exception {
        Dataset<Row> shuffled = paragraphs.orderBy(functions.rand(3)).repartition(3);
        PreparedTokens again = prepareTokens(TopicUnit.CABLE).execute(shuffled, cables.repartition(2));
        assertThat(collect(again.documents())).containsExactlyEntriesOf(collect(byCable.documents()));
        assertThat(again.phrases().list()).isEqualTo(byCable.phrases().list());
        assertThat(again.displayForms()).isEqualTo(byCable.displayForms());
        again.documents().unpersist();
    }

    @Test
    void phrasesOffLeavesOnlyStems() throws Exception {
        PreparedTokens plain = prepareTokens(TopicUnit.CABLE).phrases(false).execute(paragraphs, cables);
        assertThat(plain.phrases().list()).isEmpty();
        assertThat(plain.displayForms().keySet()).noneMatch(t -> t.contains(Phrase.JOIN));
        long merged = byCable.phrases().list().stream().mapToLong(Phrase::count).sum();
        assertThat(plain.tokens()).isGreaterThan(byCable.tokens()).isLessThanOrEqualTo(byCable.tokens() + merged);
        plain.documents().unpersist();
    }
}
