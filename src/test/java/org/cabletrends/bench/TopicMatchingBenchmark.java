package org.cabletrends.bench;

import cc.mallet.pipe.Noop;
import cc.mallet.topics.ParallelTopicModel;
import cc.mallet.types.Alphabet;
import cc.mallet.types.FeatureSequence;
import cc.mallet.types.Instance;
import cc.mallet.types.InstanceList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.cabletrends.topics.Coherence;
import org.cabletrends.topics.Exclusivity;
import org.cabletrends.topics.JensenShannon;
import org.cabletrends.topics.TokensFile;
import org.cabletrends.topics.TopicMatching;

/**
 * What JS distances separate "the same topic in another run" from "another topic", to choose
 * {@link TopicMatching#DEFAULT_MAX_DISTANCE}: MALLET (the reference Gibbs sampler, a test dependency) trained on
 * {@code site-tokens.tsv.gz} with seeds 1 and 2 at k = 20 and seed 3 at k = 25, then the distances between runs and
 * within a run. Also prints run 1's coherence by {@link Coherence} and writes its top words to
 * /tmp/bench-topics-1.txt (and the tokens, unzipped, to /tmp/bench-site-tokens.tsv) for npmi.py.
 * Topic-word counts are cached in /tmp/bench-mallet-k{k}-s{seed}-i{iterations}.tsv (delete to retrain). Distances are
 * reported for four representations of a topic: full distribution, smoothed with β = 0.01 (as MLlib's are), and
 * the top 30 and top 100 terms renormalized (what a {@code topics} table keeps).
 * Usage: TopicMatchingBenchmark [tokens file] [iterations (200)] [threads (2)]
 */
public final class TopicMatchingBenchmark {
    private TopicMatchingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/reference/site-tokens.tsv.gz");
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        List<TokensFile.Document> docs = TokensFile.readAll(file).documents();
        Files.write(Path.of("/tmp/bench-site-tokens.tsv"), docs.stream()
                .map(d -> d.refid() + "\t" + String.join(" ", d.tokens())).toList());
        InstanceList instances = instances(docs);
        ParallelTopicModel.logger.setLevel(Level.WARNING);
        List<Map<String, Double>> a = counts(instances, 20, 1, iterations, threads);
        List<Map<String, Double>> b = counts(instances, 20, 2, iterations, threads);
        List<Map<String, Double>> c = counts(instances, 25, 3, iterations, threads);
        int vocab = instances.getDataAlphabet().size();

        List<List<String>> topWords = a.stream().map(t -> top(t, 10)).toList();
        Files.write(Path.of("/tmp/bench-topics-1.txt"), topWords.stream().map(w -> String.join(" ", w)).toList());
        Coherence.Result coherence = Coherence.compute(topWords, docs.stream().map(TokensFile.Document::tokens)
                .toList());
        System.out.printf("run 1: mean NPMI %.6f, mean UMass %.6f, mean exclusivity %.3f%n", coherence.meanNpmi(),
                coherence.meanUmass(), Exclusivity.of(a, 10).stream().mapToDouble(x -> x).average().orElse(0));
        for (String form : List.of("full", "smoothed", "top30", "top100")) {
            report(form + ", seed 1 vs seed 2 (k 20 vs 20)", as(form, a, vocab), as(form, b, vocab));
            report(form + ", seed 1 vs seed 3 (k 20 vs 25)", as(form, a, vocab), as(form, c, vocab));
        }
    }

    /** A topic's counts as the representation {@code form}. */
    private static List<Map<String, Double>> as(String form, List<Map<String, Double>> counts, int vocab) {
        return counts.stream().map(t -> switch (form) {
            case "full" -> t;
            case "smoothed" -> smoothed(t, vocab);
            case "top30" -> topWeights(t, 30);
            case "top100" -> topWeights(t, 100);
            default -> throw new IllegalArgumentException(form);
        }).toList();
    }

    /** (count + β) over the whole vocabulary; terms of no count share the β floor (one entry stands for them). */
    private static Map<String, Double> smoothed(Map<String, Double> t, int vocab) {
        Map<String, Double> out = new TreeMap<>();
        t.forEach((term, n) -> out.put(term, n + 0.01));
        // The vocabulary's other terms get β each on both sides: JS over them is computed exactly by listing them.
        for (int w = 0; w < vocab; w++) {
            out.putIfAbsent(ALPHABET.get(w), 0.01);
        }
        return out;
    }

    private static Map<String, Double> topWeights(Map<String, Double> t, int n) {
        Map<String, Double> out = new TreeMap<>();
        top(t, n).forEach(w -> out.put(w, t.get(w)));
        return out;
    }

    private static final List<String> ALPHABET = new ArrayList<>();

    private static List<Map<String, Double>> counts(InstanceList instances, int k, int seed, int iterations,
                                                    int threads) throws IOException {
        if (ALPHABET.isEmpty()) {
            for (int w = 0; w < instances.getDataAlphabet().size(); w++) {
                ALPHABET.add((String) instances.getDataAlphabet().lookupObject(w));
            }
        }
        Path cache = Path.of("/tmp/bench-mallet-k" + k + "-s" + seed + "-i" + iterations + ".tsv");
        if (!Files.exists(cache)) {
            List<Map<String, Double>> topics = train(instances, k, seed, iterations, threads);
            List<String> lines = new ArrayList<>();
            for (int t = 0; t < topics.size(); t++) {
                for (Map.Entry<String, Double> e : topics.get(t).entrySet()) {
                    lines.add(t + "\t" + e.getKey() + "\t" + e.getValue());
                }
            }
            Files.write(cache, lines);
        }
        List<Map<String, Double>> topics = new ArrayList<>();
        for (int t = 0; t < k; t++) {
            topics.add(new TreeMap<>());
        }
        for (String line : Files.readAllLines(cache)) {
            String[] f = line.split("\t");
            topics.get(Integer.parseInt(f[0])).put(f[1], Double.parseDouble(f[2]));
        }
        return topics;
    }

    private static InstanceList instances(List<TokensFile.Document> docs) {
        Alphabet alphabet = new Alphabet();
        InstanceList list = new InstanceList(new Noop(alphabet, null));
        for (TokensFile.Document d : docs) {
            int[] ids = d.tokens().stream().mapToInt(t -> alphabet.lookupIndex(t, true)).toArray();
            list.add(new Instance(new FeatureSequence(alphabet, ids), null, d.refid(), null));
        }
        return list;
    }

    private static List<Map<String, Double>> train(InstanceList instances, int k, int seed, int iterations,
                                                   int threads) throws IOException {
        long t0 = System.nanoTime();
        ParallelTopicModel model = new ParallelTopicModel(k, 5.0, 0.01);
        model.setRandomSeed(seed);
        model.setNumThreads(threads);
        model.setNumIterations(iterations);
        model.setOptimizeInterval(10);
        model.setBurninPeriod(200);
        model.setTopicDisplay(1_000_000, 0);
        model.addInstances(instances);
        model.estimate();
        double[][] words = model.getTopicWords(false, false);
        List<Map<String, Double>> topics = new ArrayList<>();
        for (double[] row : words) {
            Map<String, Double> t = new TreeMap<>();
            for (int w = 0; w < row.length; w++) {
                if (row[w] > 0) {
                    t.put((String) model.getAlphabet().lookupObject(w), row[w]);
                }
            }
            topics.add(t);
        }
        System.out.printf("trained k=%d seed=%d in %.1f s%n", k, seed, (System.nanoTime() - t0) / 1e9);
        return topics;
    }

    private static List<String> top(Map<String, Double> topic, int n) {
        return topic.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).limit(n).map(Map.Entry::getKey).toList();
    }

    /** Matched distances, and per previous topic its nearest and second-nearest new topic. */
    private static void report(String title, List<Map<String, Double>> before, List<Map<String, Double>> after) {
        List<TopicMatching.PreviousTopic> previous = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            previous.add(new TopicMatching.PreviousTopic(i, before.get(i)));
        }
        StringBuilder line = new StringBuilder(title + ": matches at threshold");
        for (double threshold : new double[] {0.3, 0.4, 0.5, 0.6, 0.7}) {
            line.append(String.format(" %.1f: %d,", threshold, TopicMatching.match(previous, after, threshold)
                    .matched()));
        }
        System.out.println(line + " of " + after.size());
        TopicMatching.Result r = TopicMatching.match(previous, after, 1.0);
        System.out.println("  assigned distances: " + fmt(r.topics().stream().mapToDouble(TopicMatching.Match::distance)
                .sorted().toArray()));
        double[] second = new double[before.size()];
        double[] nearest = new double[before.size()];
        for (int i = 0; i < before.size(); i++) {
            Map<String, Double> p = before.get(i);
            double[] d = after.stream().mapToDouble(q -> JensenShannon.distance(p, q)).sorted().toArray();
            nearest[i] = d[0];
            second[i] = d[1];
        }
        Arrays.sort(nearest);
        Arrays.sort(second);
        System.out.println("  nearest:        " + fmt(nearest));
        System.out.println("  second nearest: " + fmt(second));
    }

    private static String fmt(double[] xs) {
        return Arrays.stream(xs).mapToObj(x -> String.format("%.3f", x)).collect(Collectors.joining(" "));
    }
}
