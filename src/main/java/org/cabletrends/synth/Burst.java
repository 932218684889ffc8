package org.cabletrends.synth;

import java.time.YearMonth;

/**
 * A planted burst: inside [start, end] (months, inclusive) and at {@code post} (null for all posts) the theme's
 * per-cable rate is multiplied by {@code factor}.
 */
public record Burst(int id, Theme theme, Post post, YearMonth start, YearMonth end, double factor) {

    /** Whether a cable from {@code p} dated in {@code month} lies inside the burst window. */
    public boolean covers(Post p, YearMonth month) {
        return (post == null || post.equals(p)) && !month.isBefore(start) && !month.isAfter(end);
    }
}
