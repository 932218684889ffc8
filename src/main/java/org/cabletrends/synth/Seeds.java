package org.cabletrends.synth;

import java.util.List;
import java.util.SplittableRandom;

/** Derives independent random streams from (seed, index, purpose) so any cable can be made on its own. */
final class Seeds {
    static final long SCHEDULE = 0x5C4EDL;
    static final long CONTENT = 0xC0473L;
    static final long TOPICS = 0x70B1CL;
    static final long BURSTS = 0xB0257L;
    static final long SERIALS = 0x5E41AL;
    static final long RENDER = 0x4E4DEL;
    static final long MALFORM = 0xBADL;
    static final long QUIRKS = 0x0DDL;

    private Seeds() {
    }

    static SplittableRandom rng(long seed, long index, long purpose) {
        return new SplittableRandom(mix(mix(seed ^ purpose * 0x9E3779B97F4A7C15L) + index));
    }

    /** The SplitMix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static <T> void shuffle(List<T> list, SplittableRandom rng) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            T tmp = list.get(i);
            list.set(i, list.get(j));
            list.set(j, tmp);
        }
    }

    static <T> T pick(List<T> list, SplittableRandom rng) {
        return list.get(rng.nextInt(list.size()));
    }
}
