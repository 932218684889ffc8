package org.cabletrends.bench;

import cc.mallet.topics.ParallelTopicModel;
import cc.mallet.types.Alphabet;
import cc.mallet.types.FeatureSequence;
import cc.mallet.types.IDSorter;
import cc.mallet.types.Instance;
import cc.mallet.types.InstanceList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/**
 * MALLET 2.0.8 {@code ParallelTopicModel} on a tokens file ({@code refid<TAB>space-separated tokens}, optionally
 * gzipped), the reference settings of ../shared/reference/README.md: the tokens go in as they are (text order, no
 * further pipes), alphaSum 5, beta 0.01, optimize interval 10, burn-in 200. Writes each topic's top words (by count,
 * as MALLET's topic keys) one topic a line. Run in its own JVM by jobs/bench-gibbs.sh.
 * Usage: MalletBenchmark TOKENS TOPICS_OUT [k] [iterations] [threads] [seed]   (defaults 20 1000 2 42)
 */
public final class MalletBenchmark {
    private MalletBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path tokens = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int k = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int iterations = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : 2;
        int seed = args.length > 5 ? Integer.parseInt(args[5]) : 42;
        long t0 = System.nanoTime();
        InstanceList instances = read(tokens);
        long t1 = System.nanoTime();
        ParallelTopicModel model = new ParallelTopicModel(k, 5.0, 0.01);
        model.setRandomSeed(seed);
        model.setNumThreads(threads);
        model.setNumIterations(iterations);
        model.setOptimizeInterval(10);
        model.setBurninPeriod(200);
        model.addInstances(instances);
        model.estimate();
        long t2 = System.nanoTime();
        writeTopWords(model, out, 10);
        System.out.printf("mallet: docs %d, read %.1f s, train %.1f s, LL/token %.5f, alphaSum %.4f, beta %.5f%n",
                instances.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                model.modelLogLikelihood() / model.totalTokens, model.alphaSum, model.beta);
    }

    private static InstanceList read(Path tokens) throws IOException {
        Alphabet alphabet = new Alphabet();
        InstanceList list = new InstanceList(alphabet, null);
        try (BufferedReader r = reader(tokens)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                String refid = tab < 0 ? "" : line.substring(0, tab);
                String text = line.substring(tab + 1).trim();
                FeatureSequence fs = new FeatureSequence(alphabet);
                if (!text.isEmpty()) {
                    for (String token : text.split(" ")) {
                        fs.add(token);
                    }
                }
                list.add(new Instance(fs, null, refid, null));
            }
        }
        return list;
    }

    public static BufferedReader reader(Path path) throws IOException {
        InputStream in = Files.newInputStream(path);
        if (path.toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    private static void writeTopWords(ParallelTopicModel model, Path out, int n) throws IOException {
        Alphabet alphabet = model.getAlphabet();
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            int topic = 0;
            for (TreeSet<IDSorter> sorted : model.getSortedWords()) {
                StringBuilder line = new StringBuilder().append(topic++).append('\t');
                Iterator<IDSorter> it = sorted.iterator();
                for (int i = 0; i < n && it.hasNext(); i++) {
                    line.append(i == 0 ? "" : " ").append(alphabet.lookupObject(it.next().getID()));
                }
                w.println(line);
            }
        }
    }
}
