package org.cabletrends.themes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.cabletrends.cable.Cable;
import org.cabletrends.cable.CableParser;
import org.cabletrends.ingest.JobSupport;

/**
 * How far can any text score go against a theme's TAGS on a sample? A bench tool, not part of the pipeline: it
 * trains a logistic regression on the cables' bag of stems (sublinear tf·idf, L2-normalised; the same analysis as the
 * themes matcher) with the TAGS label itself, and reports the out-of-fold ROC AUC next to the theme's keyword score.
 * Two ways of splitting: random stratified folds (a cable's post is usually also in training) and folds by post (the
 * model meets posts it was not trained on). The gap between them measures how much of a tag-trained score is the
 * posts' tagging habits rather than the subject. Usage: {@code ThemeAucCeiling <cable dir> [theme] [seeds] [regParam]}
 * (defaults migration, "1 2 3", 5e-5: the MLlib form of an L2 penalty of about 0.1 on the summed log loss).
 */
public final class ThemeAucCeiling {
    private static final int FOLDS = 5;
    private static final int MIN_DF = 3;
    private static final StructType SCHEMA = new StructType()
            .add("label", DataTypes.DoubleType, false)
            .add("features", SQLDataTypes.VectorType(), false);

    /** One cable: its post (refid without year and number), TAGS label, keyword score and sparse features. */
    record Example(String post, boolean label, double keywordScore, Vector features) {
    }

    private ThemeAucCeiling() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 4) {
            System.err.println("Usage: ThemeAucCeiling <cable directory> [theme] [seeds] [regParam]");
            System.exit(2);
        }
        String theme = args.length > 1 ? args[1] : "migration";
        long[] seeds = Arrays.stream((args.length > 2 ? args[2] : "1 2 3").trim().split("\\s+"))
                .mapToLong(Long::parseLong).toArray();
        double regParam = args.length > 3 ? Double.parseDouble(args[3]) : 5e-5;
        List<Example> examples = examples(Path.of(args[0]), theme);
        SparkSession spark = JobSupport.session("theme-auc-ceiling", "local[2]");
        double[] keyword = examples.stream().mapToDouble(Example::keywordScore).toArray();
        System.out.printf(Locale.ROOT, "%s: %d cables, %d tagged, %d posts, keyword score AUC %.3f, regParam %s%n",
                theme, examples.size(), examples.stream().filter(Example::label).count(),
                examples.stream().map(Example::post).distinct().count(), auc(examples, keyword), regParam);
        System.out.println("| folds | seed | out-of-fold AUC |\n|---|---:|---:|");
        for (boolean byPost : new boolean[] {false, true}) {
            for (long seed : seeds) {
                double[] oof = outOfFold(spark, examples, folds(examples, byPost, seed), regParam);
                System.out.printf(Locale.ROOT, "| %s | %d | %.3f |%n", byPost ? "by post" : "random, stratified",
                        seed, auc(examples, oof));
            }
        }
        spark.stop();
    }

    /** Parses every file, scores the theme, and builds sparse features over stems found in at least 3 cables. */
    static List<Example> examples(Path dir, String theme) {
        ThemeMatcher matcher = new ThemeMatcher(ThemeDefinitions.defaults());
        List<Path> files = ThemeAuc.files(dir);
        List<Cable> cables = files.parallelStream()
                .map(p -> CableParser.parse(p.toString(), ThemeAuc.read(p)).cable()).toList();
        List<String[]> stems = cables.parallelStream().map(ThemeAucCeiling::stems).toList();
        Map<String, Integer> df = new HashMap<>();
        for (String[] s : stems) {
            new TreeSet<>(Arrays.asList(s)).forEach(w -> df.merge(w, 1, Integer::sum));
        }
        Map<String, Integer> index = new TreeMap<>();
        List<Double> idf = new ArrayList<>();
        new TreeMap<>(df).forEach((w, n) -> {
            if (n >= MIN_DF) {
                index.put(w, idf.size());
                idf.add(Math.log((double) cables.size() / n));
            }
        });
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < cables.size(); i++) {
            Cable c = cables.get(i);
            CableThemes.ThemeScore s = matcher.match(c).score(theme)
                    .orElseThrow(() -> new IllegalArgumentException("Invalid theme '" + theme + "'"));
            out.add(new Example(post(c, files.get(i)), s.tagSignal(), s.textScore(),
                    features(stems.get(i), index, idf)));
        }
        return out;
    }

    /** The stems of the subject and paragraphs (the body when there are no paragraphs), as the matcher reads them. */
    private static String[] stems(Cable c) {
        StringBuilder text = new StringBuilder(c.subject() == null ? "" : c.subject());
        c.paragraphs().forEach(p -> text.append('\n').append(p.text()));
        if (c.paragraphs().isEmpty() && c.body() != null) {
            text.append('\n').append(c.body());
        }
        return StemTokens.stemsOf(text.toString());
    }

    /** 09ASTANA1771 → ASTANA: the post, so that folds by post keep each post's cables together. */
    private static String post(Cable c, Path file) {
        String id = c.refid() != null ? c.refid() : file.getFileName().toString();
        return id.replaceFirst("(\\.txt)$", "").replaceFirst("^\\d{2}", "").replaceFirst("\\d+$", "");
    }

    /** Sublinear tf times idf, scaled to unit length. */
    private static Vector features(String[] stems, Map<String, Integer> index, List<Double> idf) {
        Map<Integer, Integer> tf = new TreeMap<>();
        for (String w : stems) {
            Integer j = index.get(w);
            if (j != null) {
                tf.merge(j, 1, Integer::sum);
            }
        }
        int[] idx = new int[tf.size()];
        double[] val = new double[tf.size()];
        int k = 0;
        double norm = 0;
        for (Map.Entry<Integer, Integer> e : tf.entrySet()) {
            idx[k] = e.getKey();
            val[k] = (1 + Math.log(e.getValue())) * idf.get(e.getKey());
            norm += val[k] * val[k];
            k++;
        }
        double scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
        for (int i = 0; i < val.length; i++) {
            val[i] *= scale;
        }
        return Vectors.sparse(idf.size(), idx, val);
    }

    /**
     * Fold of each example. Random: positives and negatives shuffled apart and dealt round-robin (stratified). By
     * post: posts shuffled and dealt round-robin, so no post is in its own training folds.
     */
    static int[] folds(List<Example> examples, boolean byPost, long seed) {
        Random random = new Random(seed);
        int[] fold = new int[examples.size()];
        if (byPost) {
            List<String> posts = new ArrayList<>(new TreeSet<>(examples.stream().map(Example::post).toList()));
            Collections.shuffle(posts, random);
            Map<String, Integer> postFold = new HashMap<>();
            for (int i = 0; i < posts.size(); i++) {
                postFold.put(posts.get(i), i % FOLDS);
            }
            Arrays.setAll(fold, i -> postFold.get(examples.get(i).post()));
            return fold;
        }
        for (boolean label : new boolean[] {true, false}) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (examples.get(i).label() == label) {
                    members.add(i);
                }
            }
            Collections.shuffle(members, random);
            for (int k = 0; k < members.size(); k++) {
                fold[members.get(k)] = k % FOLDS;
            }
        }
        return fold;
    }

    /** Each example's margin for "tagged" (monotone in P(tagged)) from the model trained on the other folds. */
    private static double[] outOfFold(SparkSession spark, List<Example> examples, int[] fold, double regParam) {
        double[] score = new double[examples.size()];
        for (int f = 0; f < FOLDS; f++) {
            List<Row> train = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (fold[i] != f) {
                    Example e = examples.get(i);
                    train.add(RowFactory.create(e.label() ? 1.0 : 0.0, e.features()));
                }
            }
            Dataset<Row> data = spark.createDataFrame(train, SCHEMA);
            LogisticRegressionModel model = new LogisticRegression().setRegParam(regParam).setElasticNetParam(0)
                    .setStandardization(false).setMaxIter(200).fit(data);
            for (int i = 0; i < examples.size(); i++) {
                if (fold[i] == f) {
                    score[i] = model.predictRaw(examples.get(i).features()).apply(1);
                }
            }
        }
        return score;
    }

    private static double auc(List<Example> examples, double[] score) {
        double[] pos = IntStream.range(0, score.length).filter(i -> examples.get(i).label())
                .mapToDouble(i -> score[i]).toArray();
        double[] neg = IntStream.range(0, score.length).filter(i -> !examples.get(i).label())
                .mapToDouble(i -> score[i]).toArray();
        return ThemeAuc.auc(pos, neg);
    }
}
