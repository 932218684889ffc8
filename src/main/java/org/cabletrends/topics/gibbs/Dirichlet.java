package org.cabletrends.topics.gibbs;

/**
 * Dirichlet hyperparameter estimation from count histograms, as MALLET's {@code cc.mallet.types.Dirichlet}: Minka's
 * fixed point with the digamma recurrence (Wallach 2008, section 2.4) and a Gamma hyperprior for α, and the
 * symmetric-concentration update for β. Also log Γ (fifth-order Stirling) for the log-likelihood.
 */
final class Dirichlet {
    private static final double HALF_LOG_TWO_PI = Math.log(2 * Math.PI) / 2;

    private Dirichlet() {
    }

    /**
     * log Γ(z), z > 0: Stirling's series as MALLET's logGammaStirling, but after shifting z to at least 10 (not 2),
     * which makes it exact to about 1e-10 instead of 1e-6.
     */
    static double logGamma(double z) {
        double shifted = z;
        double product = 1;
        while (shifted < 10) {
            product *= shifted;
            shifted++;
        }
        double correction = Math.log(product);
        double z2 = shifted * shifted;
        return HALF_LOG_TWO_PI + (shifted - 0.5) * Math.log(shifted) - shifted + 1 / (12 * shifted)
                - 1 / (360 * z2 * shifted) + 1 / (1260 * z2 * z2 * shifted) - correction;
    }

    /** ψ(z), z > 0: recurrence up to 6, then the asymptotic series. (MALLET's constants are integer divisions.) */
    static double digamma(double z) {
        double psi = 0;
        double x = z;
        while (x < 6) {
            psi -= 1 / x;
            x++;
        }
        double f = 1 / (x * x);
        return psi + Math.log(x) - 0.5 / x
                - f * (1.0 / 12 - f * (1.0 / 120 - f * (1.0 / 252 - f * (1.0 / 240 - f * (1.0 / 132)))));
    }

    /**
     * Asymmetric α from document–topic histograms ({@code observations[t][n]} = documents with n tokens in topic t,
     * {@code lengths[n]} = documents of n tokens), updated in place; returns Σα. MALLET's learnParameters with a
     * Gamma(shape, scale) prior; MALLET's topic model calls it with (1.001, 1.0, 1 iteration).
     */
    static double learnParameters(double[] parameters, int[][] observations, int[] lengths, double shape,
            double scale, int iterations) {
        double sum = 0;
        for (double p : parameters) {
            sum += p;
        }
        int[] limits = new int[observations.length];
        for (int t = 0; t < observations.length; t++) {
            limits[t] = lastNonZero(observations[t]);
        }
        for (int iteration = 0; iteration < iterations; iteration++) {
            double denominator = 0;
            double digammaDiff = 0;
            for (int n = 1; n < lengths.length; n++) {
                digammaDiff += 1 / (sum + n - 1);
                denominator += lengths[n] * digammaDiff;
            }
            denominator -= 1 / scale;
            sum = 0;
            for (int t = 0; t < parameters.length; t++) {
                double old = parameters[t];
                double numerator = 0;
                digammaDiff = 0;
                for (int n = 1; n <= limits[t]; n++) {
                    digammaDiff += 1 / (old + n - 1);
                    numerator += observations[t][n] * digammaDiff;
                }
                parameters[t] = old * (numerator + shape) / denominator;
                sum += parameters[t];
            }
        }
        if (!(sum > 0)) {
            throw new IllegalStateException("Cannot optimise alpha: sum " + sum);
        }
        return sum;
    }

    /**
     * Symmetric concentration (e.g. Vβ) from a histogram of cell counts ({@code counts[n]} = cells equal to n, e.g.
     * word–topic pairs) and of observation lengths ({@code lengths[n]} = topics of n tokens), 200 fixed-point steps
     * from {@code value}, as MALLET's learnSymmetricConcentration.
     */
    static double learnSymmetricConcentration(int[] counts, int[] lengths, int dimensions, double value) {
        int largest = lastNonZero(counts);
        IntList nonZero = new IntList();
        for (int n = 1; n < lengths.length; n++) {
            if (lengths[n] > 0) {
                nonZero.add(n);
            }
        }
        int[] observed = nonZero.toArray();
        double current = value;
        for (int iteration = 0; iteration < 200; iteration++) {
            double parameter = current / dimensions;
            double numerator = 0;
            double digammaDiff = 0;
            for (int n = 1; n <= largest; n++) {
                digammaDiff += 1 / (parameter + n - 1);
                numerator += counts[n] * digammaDiff;
            }
            double denominator = 0;
            double base = digamma(current);
            for (int n : observed) {
                denominator += (digamma(current + n) - base) * lengths[n];
            }
            current = parameter * numerator / denominator;
        }
        return current;
    }

    private static int lastNonZero(int[] histogram) {
        for (int n = histogram.length - 1; n >= 0; n--) {
            if (histogram[n] > 0) {
                return n;
            }
        }
        return -1;
    }
}
