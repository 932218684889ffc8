package org.cabletrends.themes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.cabletrends.cable.Cable;
import org.cabletrends.cable.CableParser;

/**
 * How well the text-only score ranks cables against the TAGS label: per theme with tags, the ROC AUC of
 * {@code textScore} for the label "the cable carries one of the theme's TAGS". Usage:
 * {@code ThemeAuc <directory of cable files> [themes.json]}; prints a Markdown table.
 */
public final class ThemeAuc {
    private ThemeAuc() {
    }

    /** One theme's figures: cables, positives (tagged), AUC, and mean score of tagged and untagged cables. */
    public record Row(String theme, String tags, int cables, int tagged, double auc, double meanTagged,
                      double meanUntagged) {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("Usage: ThemeAuc <cable directory> [themes.json]");
            System.exit(2);
        }
        ThemeDefinitions defs = args.length == 2 ? ThemeDefinitions.load(Path.of(args[1]))
                : ThemeDefinitions.defaults();
        ThemeMatcher matcher = new ThemeMatcher(defs);
        long t0 = System.nanoTime();
        List<Cable> cables = files(Path.of(args[0])).parallelStream()
                .map(p -> CableParser.parse(p.toString(), read(p)).cable()).toList();
        long t1 = System.nanoTime();
        List<CableThemes> scored = cables.parallelStream().map(matcher::match).toList();
        long t2 = System.nanoTime();
        System.out.print(table(evaluate(defs, scored)));
        // Scoring is timed apart from reading and parsing; the first pass includes JIT warm-up.
        System.out.printf(Locale.ROOT, "%n%d cables: read+parse %.1f s, score %.1f s (parallel stream)%n",
                cables.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        for (int round = 1; round <= 5; round++) { // one thread, so the figure is per core
            long s0 = System.nanoTime();
            long tokens = cables.stream().map(matcher::match).mapToLong(CableThemes::tokens).sum();
            double sec = (System.nanoTime() - s0) / 1e9;
            System.out.printf(Locale.ROOT, "score again, one thread (round %d): %.2f s, %.0f cables/s, %d tokens%n",
                    round, sec, cables.size() / sec, tokens);
        }
    }

    static List<Path> files(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }

    /** Parses and scores every regular file under {@code dir}, in path order. */
    public static List<CableThemes> scoreDirectory(Path dir, ThemeMatcher matcher) {
        return files(dir).parallelStream().map(p -> matcher.match(CableParser.parse(p.toString(), read(p)).cable()))
                .toList();
    }

    static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + p, e);
        }
    }

    public static List<Row> evaluate(ThemeDefinitions defs, List<CableThemes> scored) {
        List<Row> rows = new ArrayList<>();
        for (ThemeDefinition t : defs.themes()) {
            if (t.tags().isEmpty()) {
                continue;
            }
            List<CableThemes.ThemeScore> s = scored.stream().map(c -> c.score(t.id()).orElseThrow()).toList();
            double[] pos = s.stream().filter(CableThemes.ThemeScore::tagSignal)
                    .mapToDouble(CableThemes.ThemeScore::textScore).toArray();
            double[] neg = s.stream().filter(x -> !x.tagSignal()).mapToDouble(CableThemes.ThemeScore::textScore)
                    .toArray();
            rows.add(new Row(t.id(), String.join(" ", t.tags()), s.size(), pos.length, auc(pos, neg),
                    Arrays.stream(pos).average().orElse(Double.NaN), Arrays.stream(neg).average().orElse(Double.NaN)));
        }
        return rows;
    }

    /** ROC AUC by the Mann–Whitney statistic, ties counted one half; NaN when a class is empty. */
    public static double auc(double[] positives, double[] negatives) {
        if (positives.length == 0 || negatives.length == 0) {
            return Double.NaN;
        }
        double[] neg = negatives.clone();
        Arrays.sort(neg);
        double sum = 0;
        for (double p : positives) {
            int below = lowerBound(neg, p);
            int notAbove = upperBound(neg, p);
            sum += below + 0.5 * (notAbove - below);
        }
        return sum / ((double) positives.length * neg.length);
    }

    private static int lowerBound(double[] a, double v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int upperBound(double[] a, double v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public static String table(List<Row> rows) {
        StringBuilder sb = new StringBuilder("| theme | tags | cables | tagged | AUC | mean score tagged | "
                + "mean score untagged |\n|---|---|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.3f | %.3f | %.3f |%n", r.theme(),
                    r.tags(), r.cables(), r.tagged(), r.auc(), r.meanTagged(), r.meanUntagged()));
        }
        return sb.toString();
    }
}
