package org.cabletrends.topics.gibbs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.cabletrends.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GibbsLDA on a corpus drawn from known topics (5 topics over 200 words, φ ~ Dir(0.05), θ ~ Dir(0.1), 400
 * documents of 100 tokens): planted topics recovered, log-likelihood trace, hyperparameter optimisation, inference,
 * determinism, persistence.
 */
class GibbsLDASparkTest {
    static final PlantedCorpus CORPUS = new PlantedCorpus(5, 200, 400, 100, 0.1, 0.05, 3);
    static SparkSession spark;
    static Dataset<Row> docs;
    static GibbsLDAModel model;

    @TempDir
    static Path dir;

    @BeforeAll
    static void fit() {
        spark = SparkTestSession.get();
        docs = CORPUS.frame(spark).cache();
        model = estimator().setMaxIter(200).setLogInterval(5).setDocIdCol("refid").fit(docs);
    }

    static GibbsLDA estimator() {
        return new GibbsLDA().setK(5).setBurnIn(50).setOptimizeInterval(10).setSeed(11).setNumPartitions(2);
    }

    @Test
    void everyPlantedTopicHasALearnedTopicWithinJensenShannon01() {
        assertPlantedTopicsRecovered(model);
    }

    @Test
    void oneBlockRecoversThePlantedTopicsToo() {
        assertPlantedTopicsRecovered(estimator().setNumPartitions(1).setMaxIter(150).fit(docs));
    }

    @Test
    void logLikelihoodRisesThroughBurnInAndLevelsOff() {
        List<SweepLogLikelihood> trace = model.trainingLogLikelihoods();
        assertThat(trace).hasSize(40);
        double first = trace.get(0).perToken();
        double atBurnIn = trace.get(9).perToken();
        double[] last = trace.subList(30, 40).stream().mapToDouble(SweepLogLikelihood::perToken).toArray();
        double rise = atBurnIn - first;
        assertThat(rise).isGreaterThan(0.2);
        assertThat(trace.get(1).perToken()).isGreaterThan(first);
        double spread = Arrays.stream(last).max().getAsDouble() - Arrays.stream(last).min().getAsDouble();
        assertThat(spread).isLessThan(0.1 * rise);
        assertThat(model.logLikelihoodPerToken()).isEqualTo(trace.get(39).perToken());
    }

    @Test
    void optimisationMovesAlphaAndBetaTowardsTheGeneratingPriors() {
        double alphaSum = Arrays.stream(model.alpha()).sum();
        assertThat(alphaSum).isBetween(0.2, 1.5);
        assertThat(model.beta()).isBetween(0.02, 0.15);
        GibbsLDAModel fixed = estimator().setMaxIter(20).setBurnIn(0).setOptimizeInterval(0).fit(docs);
        assertThat(fixed.alpha()).containsOnly(1.0);
        assertThat(fixed.beta()).isEqualTo(0.01);
    }

    @Test
    void theSameSeedGivesTheSameModelAndAnotherSeedAnother() {
        GibbsLDAModel a = estimator().setMaxIter(30).fit(docs);
        GibbsLDAModel b = estimator().setMaxIter(30).fit(docs);
        GibbsLDAModel c = estimator().setMaxIter(30).setSeed(12).fit(docs);
        assertThat(b.counts().wordTopic()).containsExactly(a.counts().wordTopic());
        assertThat(b.alpha()).containsExactly(a.alpha());
        assertThat(b.logLikelihood()).isEqualTo(a.logLikelihood());
        assertThat(c.counts().wordTopic()).isNotEqualTo(a.counts().wordTopic());
    }

    @Test
    void aWarmStartKeepsEachTopicInItsColumnReproducibly() {
        double[][] before = learnedTopics(model);
        GibbsLDA warm = estimator().setSeed(99).setMaxIter(30).setWarmStart(WarmStart.of(before));
        GibbsLDAModel a = warm.fit(docs);
        GibbsLDAModel b = warm.copy(org.apache.spark.ml.param.ParamMap.empty()).fit(docs);
        assertThat(b.counts().wordTopic()).containsExactly(a.counts().wordTopic());
        double[][] after = learnedTopics(a);
        for (int t = 0; t < CORPUS.k; t++) {
            assertThat(PlantedCorpus.similarity(before[t], after[t])).as("topic %d", t).isGreaterThanOrEqualTo(0.95);
        }
        assertThatThrownBy(() -> estimator().setK(4).setMaxIter(1).setWarmStart(WarmStart.of(before)).fit(docs))
                .hasStackTraceContaining("Invalid warm start: 5 topics x 200 words for a fit of 4 x 200");
    }

    @Test
    void transformGivesEachDocumentItsPlantedMainTopicReproducibly() {
        int[] match = bestMatches(model);
        List<Row> rows = model.transform(docs).select("refid", "topicDistribution").collectAsList();
        List<Row> again = model.transform(docs).select("refid", "topicDistribution").collectAsList();
        assertThat(again).isEqualTo(rows);
        int agree = 0;
        for (Row r : rows) {
            int d = Integer.parseInt(r.getString(0).substring(1));
            Vector v = r.getAs(1);
            assertThat(Arrays.stream(v.toArray()).sum()).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
            agree += v.argmax() == match[argmax(CORPUS.theta[d])] ? 1 : 0;
        }
        assertThat(agree).isGreaterThan((int) (0.9 * rows.size()));
    }

    @Test
    void trainingDistributionsCoverEveryDocumentByItsId() {
        List<Row> rows = model.trainingTopicDistributions().collectAsList();
        assertThat(rows).hasSize(400);
        assertThat(rows.stream().map(r -> r.getString(0)).distinct().count()).isEqualTo(400);
        int[] match = bestMatches(model);
        long agree = rows.stream().filter(r -> ((Vector) r.getAs(1)).argmax()
                == match[argmax(CORPUS.theta[Integer.parseInt(r.getString(0).substring(1))])]).count();
        assertThat(agree).isGreaterThan(360);
    }

    @Test
    void describeTopicsAndTopicsMatrixAgree() {
        Matrix m = model.topicsMatrix();
        assertThat(m.numRows()).isEqualTo(200);
        assertThat(m.numCols()).isEqualTo(5);
        for (Row r : model.describeTopics(3).collectAsList()) {
            List<Integer> terms = r.getList(1);
            List<Double> weights = r.getList(2);
            assertThat(weights).isSortedAccordingTo((x, y) -> Double.compare(y, x));
            for (int i = 0; i < 3; i++) {
                assertThat(weights.get(i)).isEqualTo(m.apply(terms.get(i), r.getInt(0)));
            }
        }
    }

    @Test
    void aSavedModelLoadsWithTheSameTopicsAndInferences() {
        String path = dir.resolve("model").toString();
        model.save(path);
        GibbsLDAModel loaded = GibbsLDAModel.load(path);
        assertThat(loaded.topicsMatrix().toArray()).containsExactly(model.topicsMatrix().toArray());
        assertThat(loaded.alpha()).containsExactly(model.alpha());
        assertThat(loaded.beta()).isEqualTo(model.beta());
        assertThat(loaded.trainingLogLikelihoods()).isEqualTo(model.trainingLogLikelihoods());
        Dataset<Row> few = docs.limit(20);
        assertThat(loaded.transform(few).collectAsList()).isEqualTo(model.transform(few).collectAsList());
        assertThatThrownBy(() -> model.save(path)).hasMessageStartingWith("Cannot save the model");
    }

    @Test
    void badInputIsRefusedWithTheValueNamed() {
        assertThatThrownBy(() -> estimator().setFeaturesCol("counts").fit(docs))
                .hasMessageStartingWith("Invalid featuresCol 'counts'");
        Dataset<Row> fractional = spark.createDataFrame(List.of(RowFactory.create("x",
                Vectors.dense(1.0, 0.5))), PlantedCorpus.SCHEMA);
        assertThatThrownBy(() -> estimator().setMaxIter(1).fit(fractional))
                .hasStackTraceContaining("Invalid term count 0.5 at index 1");
    }

    static void assertPlantedTopicsRecovered(GibbsLDAModel fitted) {
        double[][] learned = learnedTopics(fitted);
        for (int t = 0; t < CORPUS.k; t++) {
            double best = 0;
            for (double[] l : learned) {
                best = Math.max(best, PlantedCorpus.similarity(CORPUS.phi[t], l));
            }
            assertThat(best).as("planted topic %d", t).isGreaterThanOrEqualTo(0.9);
        }
    }

    /** For each planted topic, the learned topic closest to it. */
    static int[] bestMatches(GibbsLDAModel fitted) {
        double[][] learned = learnedTopics(fitted);
        int[] match = new int[CORPUS.k];
        for (int t = 0; t < CORPUS.k; t++) {
            double best = -1;
            for (int j = 0; j < learned.length; j++) {
                double s = PlantedCorpus.similarity(CORPUS.phi[t], learned[j]);
                if (s > best) {
                    best = s;
                    match[t] = j;
                }
            }
        }
        return match;
    }

    static double[][] learnedTopics(GibbsLDAModel fitted) {
        Matrix m = fitted.topicsMatrix();
        double[][] topics = new double[m.numCols()][m.numRows()];
        for (int t = 0; t < m.numCols(); t++) {
            for (int w = 0; w < m.numRows(); w++) {
                topics[t][w] = m.apply(w, t);
            }
        }
        return topics;
    }

    static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }
}
