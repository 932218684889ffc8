package org.cabletrends.topics.gibbs;

/**
 * Per-document figures a sweep gathers when asked: the document part of the model log-likelihood (as MALLET's
 * {@code modelLogLikelihood}: Σ_d [log Γ(Σα) − log Γ(Σα + n_d) + Σ_t (log Γ(α_t + n_dt) − log Γ(α_t))]) and the
 * document-length and document–topic count histograms that α optimisation reads.
 */
final class DocStatistics {
    private final double[] alpha;
    private final double[] logGammaAlpha;
    private final double alphaSum;
    private final double logGammaAlphaSum;
    private final boolean logLikelihood;
    private final int[] docLengths;
    private final int[][] topicDocCounts;
    private double sum;

    /** maxDocLength < 0: no histograms. */
    DocStatistics(double[] alpha, int maxDocLength, boolean logLikelihood) {
        this.alpha = alpha;
        this.logLikelihood = logLikelihood;
        double a = 0;
        logGammaAlpha = new double[alpha.length];
        for (int t = 0; t < alpha.length; t++) {
            a += alpha[t];
            logGammaAlpha[t] = Dirichlet.logGamma(alpha[t]);
        }
        alphaSum = a;
        logGammaAlphaSum = Dirichlet.logGamma(a);
        docLengths = maxDocLength < 0 ? null : new int[maxDocLength + 1];
        topicDocCounts = maxDocLength < 0 ? null : new int[alpha.length][maxDocLength + 1];
    }

    /** One document's topic counts: counts[t] for the first {@code n} topics of {@code topics}. */
    void add(int[] counts, int[] topics, int n, int length) {
        if (docLengths != null) {
            docLengths[length]++;
            for (int j = 0; j < n; j++) {
                topicDocCounts[topics[j]][counts[topics[j]]]++;
            }
        }
        if (logLikelihood) {
            double ll = logGammaAlphaSum - Dirichlet.logGamma(alphaSum + length);
            for (int j = 0; j < n; j++) {
                int t = topics[j];
                ll += Dirichlet.logGamma(alpha[t] + counts[t]) - logGammaAlpha[t];
            }
            sum += ll;
        }
    }

    double logLikelihood() {
        return logLikelihood ? sum : Double.NaN;
    }

    int[] docLengths() {
        return docLengths;
    }

    int[][] topicDocCounts() {
        return topicDocCounts;
    }
}
