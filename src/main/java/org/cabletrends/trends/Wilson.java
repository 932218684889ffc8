package org.cabletrends.trends;

/**
 * Wilson score interval for a binomial share k/n at 95% (z = 1.959964): centre (p + z²/2n) / (1 + z²/n), half-width
 * z / (1 + z²/n) · sqrt(p(1-p)/n + z²/4n²). Unlike the normal interval it stays inside [0, 1] and is not empty at
 * k = 0 or k = n, which matters for the many small post-month cells.
 */
public final class Wilson {
    public static final double Z95 = 1.959963984540054;

    private Wilson() {
    }

    public record Interval(double low, double high) {
    }

    public static Interval of(long k, long n) {
        if (n <= 0 || k < 0 || k > n) {
            throw new IllegalArgumentException("Invalid share: " + k + " of " + n);
        }
        double p = (double) k / n;
        double z2 = Z95 * Z95;
        double denom = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denom;
        double half = Z95 / denom * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new Interval(Math.max(0.0, centre - half), Math.min(1.0, centre + half));
    }
}
