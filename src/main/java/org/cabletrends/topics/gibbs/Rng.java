package org.cabletrends.topics.gibbs;

/**
 * SplitMix64 (Steele, Lea, Flood 2014): a fast, non-synchronised generator. A sweep draws one number per token, so
 * {@link java.util.Random}'s atomic update (and MALLET's synchronised {@code Randoms}) would cost a large share of
 * the sampling time. Streams are keyed by (seed, sweep, partition) so a run is reproducible for a fixed partitioning.
 */
final class Rng {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private long state;

    Rng(long seed) {
        this.state = seed;
    }

    /** The stream of one partition in one sweep: the three keys mixed so neighbouring keys give unrelated streams. */
    static Rng forSweep(long seed, int sweep, int partition) {
        return new Rng(mix(mix(mix(seed) + sweep) + partition));
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        state += GOLDEN;
        return mix(state);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        return (int) (((nextLong() >>> 33) * bound) >>> 31);
    }
}
