package org.cabletrends.synth;

/**
 * Everything that determines a synthetic corpus: the same options give byte-identical output.
 *
 * @param seed          master seed
 * @param cables        number of cables (1..999,999)
 * @param startYear     first year of DTGs (2003 by default)
 * @param endYear       last year of DTGs, inclusive
 * @param formMix       relative weights of the forms
 * @param malformedRate fraction of files deliberately broken (0..0.5)
 * @param tagNoise      chance a theme's tag is dropped, and per cable that a stray theme tag is added (0..1)
 * @param themeRate     base chance per cable and theme that the theme is planted (0..0.3)
 * @param topics        number of latent topics k (1..12)
 * @param bursts        number of planted bursts (0..12)
 * @param burstFactor   rate multiplier inside a burst (1..20)
 */
public record SynthOptions(long seed, int cables, int startYear, int endYear, FormMix formMix,
                           double malformedRate, double tagNoise, double themeRate, int topics, int bursts,
                           double burstFactor) {
    public static final long DEFAULT_SEED = 7L;
    public static final int DEFAULT_CABLES = 2_000;
    public static final int DEFAULT_START_YEAR = 2003;
    public static final int DEFAULT_END_YEAR = 2010;
    public static final double DEFAULT_MALFORMED_RATE = 0.01;
    public static final double DEFAULT_TAG_NOISE = 0.05;
    public static final double DEFAULT_THEME_RATE = 0.04;
    public static final int DEFAULT_TOPICS = 8;
    public static final int DEFAULT_BURSTS = 4;
    public static final double DEFAULT_BURST_FACTOR = 5.0;
    /** The size of the full Cablegate release, the benchmark scale. */
    public static final int CABLEGATE_SIZE = 251_287;

    public SynthOptions {
        if (cables < 1 || cables > 999_999) {
            throw new IllegalArgumentException("Invalid cables: " + cables + " (expected 1..999999)");
        }
        if (startYear < 1966 || startYear > 2099) {
            throw new IllegalArgumentException("Invalid startYear: " + startYear + " (expected 1966..2099)");
        }
        if (endYear < startYear || endYear > 2099) {
            throw new IllegalArgumentException("Invalid endYear: " + endYear + " (expected " + startYear + "..2099)");
        }
        if (formMix == null) {
            throw new IllegalArgumentException("Invalid formMix: null");
        }
        range("malformedRate", malformedRate, 0, 0.5);
        range("tagNoise", tagNoise, 0, 1);
        range("themeRate", themeRate, 0, 0.3);
        if (topics < 1 || topics > TopicLexicon.MAX_TOPICS) {
            throw new IllegalArgumentException("Invalid topics: " + topics + " (expected 1.." + TopicLexicon.MAX_TOPICS + ")");
        }
        if (bursts < 0 || bursts > 12) {
            throw new IllegalArgumentException("Invalid bursts: " + bursts + " (expected 0..12)");
        }
        range("burstFactor", burstFactor, 1, 20);
    }

    public static SynthOptions defaults() {
        return new SynthOptions(DEFAULT_SEED, DEFAULT_CABLES, DEFAULT_START_YEAR, DEFAULT_END_YEAR, FormMix.DEFAULT,
                DEFAULT_MALFORMED_RATE, DEFAULT_TAG_NOISE, DEFAULT_THEME_RATE, DEFAULT_TOPICS, DEFAULT_BURSTS,
                DEFAULT_BURST_FACTOR);
    }

    public SynthOptions withSeed(long s) {
        return new SynthOptions(s, cables, startYear, endYear, formMix, malformedRate, tagNoise, themeRate, topics,
                bursts, burstFactor);
    }

    public SynthOptions withCables(int n) {
        return new SynthOptions(seed, n, startYear, endYear, formMix, malformedRate, tagNoise, themeRate, topics,
                bursts, burstFactor);
    }

    public SynthOptions withFormMix(FormMix mix) {
        return new SynthOptions(seed, cables, startYear, endYear, mix, malformedRate, tagNoise, themeRate, topics,
                bursts, burstFactor);
    }

    public SynthOptions withMalformedRate(double rate) {
        return new SynthOptions(seed, cables, startYear, endYear, formMix, rate, tagNoise, themeRate, topics,
                bursts, burstFactor);
    }

    private static void range(String name, double v, double lo, double hi) {
        if (!(v >= lo && v <= hi)) {
            throw new IllegalArgumentException("Invalid " + name + ": " + v + " (expected " + lo + ".." + hi + ")");
        }
    }
}
