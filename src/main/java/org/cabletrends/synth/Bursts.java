package org.cabletrends.synth;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/** Plans the bursts from the seed: distinct themes, half of them at one busy post, 1–3 months long. */
final class Bursts {
    private Bursts() {
    }

    static List<Burst> plan(SynthOptions options, List<Post> posts) {
        SplittableRandom rng = Seeds.rng(options.seed(), 0, Seeds.BURSTS);
        List<Theme> themes = new ArrayList<>(Arrays.asList(Theme.values()));
        Seeds.shuffle(themes, rng);
        // Busy posts only, so a post-level burst has enough cables to be seen.
        List<Post> busy = posts.stream().sorted(Comparator.comparingDouble(Post::weight).reversed()
                .thenComparing(Post::place)).limit(8).toList();
        YearMonth first = YearMonth.of(options.startYear(), 1);
        int months = (options.endYear() - options.startYear() + 1) * 12;
        List<Burst> bursts = new ArrayList<>();
        for (int b = 0; b < options.bursts(); b++) {
            Post post = rng.nextBoolean() ? null : Seeds.pick(busy, rng);
            int length = Math.min(months, 1 + rng.nextInt(3));
            YearMonth start = first.plusMonths(rng.nextInt(months - length + 1));
            bursts.add(new Burst(b, themes.get(b % themes.size()), post, start, start.plusMonths(length - 1),
                    options.burstFactor()));
        }
        return List.copyOf(bursts);
    }
}
