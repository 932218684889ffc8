package org.cabletrends.synth;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The pre-pass: each cable's post and date-time group, in chronological order (index 0 is the oldest), and its
 * serial number, which grows with time within each (post, year) as real serials do. Small: three arrays.
 */
final class Schedule {
    private final int[] post;
    private final long[] epochSecond;
    private final int[] serial;

    Schedule(SynthOptions options, List<Post> posts) {
        int n = options.cables();
        long[] when = new long[n];
        int[] where = new int[n];
        double[] postCum = cumulative(posts.stream().mapToDouble(Post::weight).toArray());
        int years = options.endYear() - options.startYear() + 1;
        double[] yearCum = cumulative(java.util.stream.IntStream.range(0, years)
                .mapToDouble(y -> 1.0 + 0.35 * y).toArray());
        for (int i = 0; i < n; i++) {
            SplittableRandom rng = Seeds.rng(options.seed(), i, Seeds.SCHEDULE);
            where[i] = draw(postCum, rng);
            int year = options.startYear() + draw(yearCum, rng);
            LocalDate day = LocalDate.of(year, 1, 1).plusDays(rng.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
            int hour = rng.nextDouble() < 0.85 ? 5 + rng.nextInt(12) : rng.nextInt(24);
            when[i] = day.atTime(hour, rng.nextInt(60)).toEpochSecond(ZoneOffset.UTC);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // Chronological order; ties broken by draw number so the order never depends on the sort's stability.
        Arrays.sort(order, (a, b) -> when[a] != when[b] ? Long.compare(when[a], when[b]) : Integer.compare(a, b));
        post = new int[n];
        epochSecond = new long[n];
        serial = new int[n];
        Map<Long, Integer> last = new HashMap<>();
        for (int i = 0; i < n; i++) {
            post[i] = where[order[i]];
            epochSecond[i] = when[order[i]];
            int year = LocalDate.ofEpochDay(Math.floorDiv(epochSecond[i], 86_400L)).getYear();
            long key = (long) post[i] * 10_000 + year;
            SplittableRandom rng = Seeds.rng(options.seed(), i, Seeds.SERIALS);
            int previous = last.computeIfAbsent(key, k -> Seeds.rng(options.seed(), k, Seeds.SERIALS).nextInt(60));
            serial[i] = previous + 1 + rng.nextInt(4);
            last.put(key, serial[i]);
        }
    }

    int post(int index) {
        return post[index];
    }

    long epochSecond(int index) {
        return epochSecond[index];
    }

    int serial(int index) {
        return serial[index];
    }

    static double[] cumulative(double[] weights) {
        double[] c = new double[weights.length];
        double acc = 0;
        for (int i = 0; i < weights.length; i++) {
            acc += weights[i];
            c[i] = acc;
        }
        return c;
    }

    static int draw(double[] cumulative, SplittableRandom rng) {
        double u = rng.nextDouble() * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length; i++) {
            if (u < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }
}
