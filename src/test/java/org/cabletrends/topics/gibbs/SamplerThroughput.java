package org.cabletrends.topics.gibbs;

import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Single-thread sweep cost of {@link BlockSampler} on a tokens file, no Spark: one block, driver merge included.
 * Prints thread CPU ms per sweep (the machine is shared). Usage: SamplerThroughput TOKENS [k] [sweeps]
 */
public final class SamplerThroughput {
    private SamplerThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int k = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int sweeps = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Map<String, Integer> vocab = new HashMap<>();
        List<int[]> docs = new ArrayList<>();
        try (BufferedReader r = org.cabletrends.bench.MalletBenchmark.reader(Path.of(args[0]))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String text = line.substring(line.indexOf('\t') + 1).trim();
                String[] toks = text.isEmpty() ? new String[0] : text.split(" ");
                int[] ids = new int[toks.length];
                for (int i = 0; i < toks.length; i++) {
                    ids[i] = vocab.computeIfAbsent(toks[i], x -> vocab.size());
                }
                docs.add(ids);
            }
        }
        // As CountVectorizer: word ids by falling corpus frequency, each document's tokens by id.
        int[] freq = new int[vocab.size()];
        for (int[] d : docs) {
            for (int w : d) {
                freq[w]++;
            }
        }
        Integer[] order = new Integer[freq.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> freq[b] != freq[a] ? Integer.compare(freq[b], freq[a]) : a - b);
        int[] rank = new int[freq.length];
        for (int i = 0; i < order.length; i++) {
            rank[order[i]] = i;
        }
        boolean textOrder = Boolean.getBoolean("textOrder");
        for (int[] d : docs) {
            for (int i = 0; i < d.length; i++) {
                d[i] = rank[d[i]];
            }
            if (!textOrder) {
                java.util.Arrays.sort(d);
            }
        }
        int[] docStart = new int[docs.size() + 1];
        for (int d = 0; d < docs.size(); d++) {
            docStart[d + 1] = docStart[d] + docs.get(d).length;
        }
        int[] words = new int[docStart[docs.size()]];
        for (int d = 0; d < docs.size(); d++) {
            System.arraycopy(docs.get(d), 0, words, docStart[d], docs.get(d).length);
        }
        int v = vocab.size();
        DocBlock block = new DocBlock(0, docStart, words, null, v);
        Rng init = new Rng(42);
        short[] topics = new short[words.length];
        for (int i = 0; i < topics.length; i++) {
            topics[i] = (short) init.nextInt(k);
        }
        GlobalCounts counts = GlobalCounts.of(k, v, GibbsTrainer.countBlock(block, topics, k, v));
        double[] alpha = new double[k];
        java.util.Arrays.fill(alpha, 5.0 / k);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        long sampleCpu = 0;
        for (int s = 1; s <= sweeps; s++) {
            long c0 = mx.getCurrentThreadCpuTime();
            TopicBlock next = new BlockSampler(counts.layout(), counts.snapshot(alpha, 0.01))
                    .sweep(block, topics, Rng.forSweep(42, s, 0), false, s % 10 == 0);
            sampleCpu += mx.getCurrentThreadCpuTime() - c0;
            counts.apply(next.stats);
            topics = next.topics;
            if (s % 50 == 0) {
                System.out.printf("sweep %d: cpu ms/sweep %.1f (sampling %.1f), wall ms/sweep %.1f, LL/token %.4f%n",
                        s, (mx.getCurrentThreadCpuTime() - cpu0) / 1e6 / s, sampleCpu / 1e6 / s,
                        (System.nanoTime() - wall0) / 1e6 / s,
                        (next.stats.docLogLikelihood() + counts.wordLogLikelihood(0.01)) / words.length);
            }
        }
    }
}
