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
        List<Map<String, Double>> a = train(instances, 20, 1, iterations, threads);
        List<Map<String, Double>> b = train(instances, 20, 2, iterations, threads);
        List<Map<String, Double>> c = train(instances, 25, 3, iterations, threads);

        List<List<String>> topWords = a.stream().map(t -> top(t, 10)).toList();
        Files.write(Path.of("/tmp/bench-topics-1.txt"), topWords.stream().map(w -> String.join(" ", w)).toList());
        Coherence.Result coherence = Coherence.compute(topWords, docs.stream().map(TokensFile.Document::tokens)
                .toList());
        System.out.printf("run 1: mean NPMI %.6f, mean UMass %.6f, mean exclusivity %.3f%n", coherence.meanNpmi(),
                coherence.meanUmass(), Exclusivity.of(a, 10).stream().mapToDouble(x -> x).average().orElse(0));
        report("seed 1 vs seed 2 (k 20 vs 20)", a, b);
        report("seed 1 vs seed 3 (k 20 vs 25)", a, c);
        report("seed 1 vs itself", a, a);
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
        double[][] words = model.getTopicWords(true, false);
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
        for (double threshold : new double[] {0.3, 0.4, 0.5, 0.6, 0.7}) {
            TopicMatching.Result r = TopicMatching.match(previous, after, threshold);
            System.out.printf("%s: threshold %.1f matches %d of %d%n", title, threshold, r.matched(), after.size());
        }
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
