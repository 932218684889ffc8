package org.cabletrends.topics;

import org.cabletrends.config.TopicSettings;

/**
 * Sweeps, burn-in, optimize interval and sync interval of the Gibbs sampler for a corpus (docs/TOPICS.md, "Gibbs
 * sweeps by corpus size"). With {@code topics_iterations} set, the settings as given. With 0, a budget of
 * {@value #TOKEN_SAMPLES} token samples: sweeps = budget / vocabulary tokens, at most the optimizer's default (1000)
 * and at least {@value #MIN_SWEEPS}; burn-in, optimize interval and sync interval shrink by the same factor (the
 * intervals to no less than 1), so α and β are re-estimated as often per run as at 1000 sweeps, and merges cost the
 * same share of a sweep (a sweep over more tokens already outweighs the merge's fixed cost). A larger corpus gets
 * fewer sweeps: each sweep moves more tokens per topic, and the sampler's time is linear in sweeps × tokens.
 */
record GibbsSchedule(int sweeps, int burnIn, int optimizeInterval, int syncInterval) {
    /** 1000 sweeps over 3M tokens: the site corpus (2.7M vocabulary tokens) keeps the full 1000. */
    static final long TOKEN_SAMPLES = 3_000_000_000L;
    static final int MIN_SWEEPS = 100;

    static GibbsSchedule of(TopicSettings settings, long tokens) {
        if (settings.iterations() > 0) {
            return new GibbsSchedule(settings.iterations(), settings.burnIn(), settings.optimizeInterval(),
                    settings.syncInterval());
        }
        int full = settings.optimizer().defaultIterations();
        long budgeted = TOKEN_SAMPLES / Math.max(1, tokens);
        int sweeps = (int) Math.max(Math.min(full, budgeted), Math.min(full, MIN_SWEEPS));
        if (sweeps == full) {
            return new GibbsSchedule(full, settings.burnIn(), settings.optimizeInterval(), settings.syncInterval());
        }
        double f = (double) sweeps / full;
        int interval = settings.optimizeInterval() == 0 ? 0 : scaled(settings.optimizeInterval(), f);
        return new GibbsSchedule(sweeps, (int) Math.round(settings.burnIn() * f), interval,
                scaled(settings.syncInterval(), f));
    }

    private static int scaled(int interval, double f) {
        return Math.max(1, (int) Math.round(interval * f));
    }
}
