package org.cabletrends.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.cabletrends.cable.CableParser;
import org.cabletrends.cable.ParseResult;
import org.cabletrends.cable.SharedDir;

/**
 * Single-threaded parse throughput over a directory of cables (default: the shared corpus's site/ form). All files
 * are read into memory first so only {@link CableParser#parse(String, byte[])} is timed (decoding included).
 * Each round reports wall time and the thread's CPU time: on a shared machine the CPU figure is the one to trust.
 * Usage: {@code ParseBenchmark [--dir DIR] [--warmup N] [--rounds N]}; run through jobs/bench-parse.sh.
 */
public final class ParseBenchmark {
    private record Input(String id, byte[] bytes) {
    }

    private ParseBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = null;
        int warmup = 3;
        int rounds = 5;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--dir" -> dir = Path.of(args[++i]);
                    case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                    case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                    default -> throw new IllegalArgumentException("Invalid argument: " + args[i]);
                }
            }
        } catch (RuntimeException e) {
            System.err.println(e.getMessage() + "\nUsage: ParseBenchmark [--dir DIR] [--warmup N] [--rounds N]");
            System.exit(2);
        }
        if (dir == null) {
            dir = SharedDir.find().map(d -> d.resolve("corpus/site")).orElse(null);
        }
        if (dir == null || !Files.isDirectory(dir) || rounds < 1 || warmup < 0) {
            System.err.println("Cannot run: no corpus directory " + dir + " (or rounds < 1); pass --dir DIR");
            System.exit(2);
        }
        run(load(dir), dir, warmup, rounds);
    }

    private static List<Input> load(Path dir) throws IOException {
        List<Input> inputs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                inputs.add(new Input(p.getFileName().toString(), Files.readAllBytes(p)));
            }
        }
        return inputs;
    }

    private static void run(List<Input> inputs, Path dir, int warmup, int rounds) {
        long bytes = inputs.stream().mapToLong(i -> i.bytes().length).sum();
        double mb = bytes / 1e6;
        System.out.printf(Locale.ROOT, "corpus %s: %d files, %.1f MB; java %s; %d warm-up + %d measured rounds%n",
                dir, inputs.size(), mb, System.getProperty("java.version"), warmup, rounds);
        long[] perFile = new long[inputs.size() * rounds];
        long sink = 0;
        for (int r = 0; r < warmup; r++) {
            sink += round(inputs, null, 0);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] roundSeconds = new double[rounds];
        double[] cpuSeconds = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            sink += round(inputs, perFile, r * inputs.size());
            roundSeconds[r] = (System.nanoTime() - start) / 1e9;
            cpuSeconds[r] = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            System.out.printf(Locale.ROOT, "round %d: wall %.3f s = %.1f MB/s, %.0f files/s; cpu %.3f s = %.1f MB/s%n",
                    r + 1, roundSeconds[r], mb / roundSeconds[r], inputs.size() / roundSeconds[r],
                    cpuSeconds[r], mb / cpuSeconds[r]);
        }
        report(inputs.size(), mb, roundSeconds, perFile);
        slowest(inputs, perFile, rounds);
        double cpuMedian = median(cpuSeconds);
        System.out.printf(Locale.ROOT, "median round cpu: %.3f s = %.1f MB/s, %.0f files/s%n",
                cpuMedian, mb / cpuMedian, inputs.size() / cpuMedian);
        System.out.println("(checksum " + sink + ")");
    }

    /** Parses every input once; records each parse time when {@code times} is given. Returns a checksum. */
    private static long round(List<Input> inputs, long[] times, int offset) {
        long sink = 0;
        for (int i = 0; i < inputs.size(); i++) {
            Input in = inputs.get(i);
            long t0 = System.nanoTime();
            ParseResult result = CableParser.parse(in.id(), in.bytes());
            long t1 = System.nanoTime();
            if (times != null) {
                times[offset + i] = t1 - t0;
            }
            sink += result.issues().size() + result.cable().paragraphs().size();
        }
        return sink;
    }

    private static void report(int files, double mb, double[] roundSeconds, long[] perFile) {
        double median = median(roundSeconds);
        double best = Arrays.stream(roundSeconds).min().orElse(median);
        System.out.printf(Locale.ROOT, "median round wall: %.3f s = %.1f MB/s, %.0f files/s (best %.1f MB/s)%n",
                median, mb / median, files / median, mb / best);
        long[] times = perFile.clone();
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "per-file parse time (us): p50 %.0f  p90 %.0f  p99 %.0f  p99.9 %.0f  max %.0f%n",
                pct(times, 50), pct(times, 90), pct(times, 99), pct(times, 99.9), times[times.length - 1] / 1e3);
    }

    /** The five files with the longest parse time (fastest of the rounds, so contention spikes do not count). */
    private static void slowest(List<Input> inputs, long[] perFile, int rounds) {
        int n = inputs.size();
        long[] best = new long[n];
        for (int i = 0; i < n; i++) {
            best[i] = Long.MAX_VALUE;
            for (int r = 0; r < rounds; r++) {
                best[i] = Math.min(best[i], perFile[r * n + i]);
            }
        }
        System.out.println("slowest files (best of rounds):");
        java.util.stream.IntStream.range(0, n).boxed().sorted((a, b) -> Long.compare(best[b], best[a])).limit(5)
                .forEach(i -> System.out.printf(Locale.ROOT, "  %s  %d bytes  %.1f ms%n",
                        inputs.get(i).id(), inputs.get(i).bytes().length, best[i] / 1e6));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double pct(long[] sorted, double p) {
        int i = (int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e3;
    }
}
