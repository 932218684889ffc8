package org.cabletrends.trends;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sqrt;

import org.apache.spark.sql.Column;

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

    /** The same bounds as Spark columns of k and n (n > 0); {@code upper} picks the bound. */
    static Column bound(Column k, Column n, boolean upper) {
        double z2 = Z95 * Z95;
        Column p = k.cast("double").divide(n);
        Column denom = lit(1.0).plus(lit(z2).divide(n));
        Column centre = p.plus(lit(z2).divide(n.multiply(2.0))).divide(denom);
        Column half = lit(Z95).divide(denom).multiply(sqrt(p.multiply(lit(1.0).minus(p)).divide(n)
                .plus(lit(z2).divide(n.multiply(n).multiply(4.0)))));
        Column b = upper ? centre.plus(half) : centre.minus(half);
        return upper ? org.apache.spark.sql.functions.least(b, lit(1.0))
                : org.apache.spark.sql.functions.greatest(b, lit(0.0));
    }
}
