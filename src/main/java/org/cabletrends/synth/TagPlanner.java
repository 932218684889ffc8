package org.cabletrends.synth;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Chooses TAGS: filler subject tags, each planted theme's tag(s) unless noise drops them, stray theme tags. */
final class TagPlanner {
    record Result(List<String> tags, List<String> stray) {
    }

    private TagPlanner() {
    }

    static Result plan(SplittableRandom rng, List<Theme> themes, Post post, double noise) {
        Set<String> tags = new LinkedHashSet<>();
        int filler = 1 + rng.nextInt(3);
        for (int i = 0; i < filler; i++) {
            tags.add(Seeds.pick(Lexicon.FILLER_TAGS, rng));
        }
        for (Theme t : themes) {
            if (rng.nextDouble() < noise) {
                continue;
            }
            if (t.tags().size() > 1 && rng.nextDouble() < 0.3) {
                tags.addAll(t.tags());
            } else {
                tags.add(Seeds.pick(t.tags(), rng));
            }
        }
        List<String> stray = new ArrayList<>();
        if (rng.nextDouble() < noise) {
            Theme other = Theme.values()[rng.nextInt(Theme.values().length)];
            String tag = Seeds.pick(other.tags(), rng);
            if (!themes.contains(other) && tags.add(tag)) {
                stray.add(tag);
            }
        }
        List<String> sorted = new ArrayList<>(tags);
        sorted.sort(null);
        sorted.add(post.tag());
        return new Result(List.copyOf(sorted), List.copyOf(stray));
    }
}
