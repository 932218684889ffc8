package org.cabletrends.topics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Topic coherence, NPMI and UMass, from document co-occurrence of each topic's top words: exactly the definition of
 * {@code ../shared/reference/npmi.py} (docs/TOPICS.md, "Quality and identity"). With N documents, D(w) documents
 * containing w and D(wi,wj) containing both:
 * <ul>
 *   <li>NPMI(wi,wj) = log(P(wi,wj) / (P(wi)P(wj))) / −log P(wi,wj), P = D/N; −1 when D(wi,wj) = 0 (absent words
 *       included), 1 when D(wi,wj) = N. Topic NPMI = mean over its unordered pairs in rank order.</li>
 *   <li>UMass over pairs l &lt; m in rank order: log((D(wm,wl) + eps) / D(wl)), skipping pairs with an absent word.
 *       Topic UMass = mean over those pairs.</li>
 *   <li>Model values = mean over topics (NaN propagates: a topic with fewer than two words has NaN).</li>
 * </ul>
 * This class counts over in-memory documents; {@link CoherenceSpark} counts over a Dataset. Both score here.
 */
public final class Coherence {
    public static final int DEFAULT_TOP = 10;
    public static final double DEFAULT_UMASS_EPS = 1.0;

    /**
     * @param top      top words of each topic used (npmi.py {@code --top})
     * @param umassEps added to the pair count in UMass (npmi.py {@code --umass-eps}; gensim uses 1e-12)
     */
    public record Options(int top, double umassEps) {
        public Options {
            if (top < 1) {
                throw new IllegalArgumentException("Invalid coherence top " + top + ": must be at least 1");
            }
            if (!(umassEps > 0) || Double.isInfinite(umassEps)) {
                throw new IllegalArgumentException("Invalid UMass eps " + umassEps + ": must be positive and finite");
            }
        }

        public static Options defaults() {
            return new Options(DEFAULT_TOP, DEFAULT_UMASS_EPS);
        }
    }

    /**
     * One topic's coherence.
     *
     * @param topic   index of the topic in the input list
     * @param words   the top words scored, best first
     * @param missing those of {@code words} in no document, in rank order
     */
    public record TopicScore(int topic, List<String> words, double npmi, double umass, List<String> missing) {
        public TopicScore {
            words = List.copyOf(words);
            missing = List.copyOf(missing);
        }
    }

    /**
     * A model's coherence.
     *
     * @param documents N
     * @param missing   the top words in no document, sorted
     */
    public record Result(long documents, List<TopicScore> topics, double meanNpmi, double meanUmass,
                         List<String> missing) {
        public Result {
            topics = List.copyOf(topics);
            missing = List.copyOf(missing);
        }
    }

    private Coherence() {
    }

    /** Coherence of {@code topics} (top words best first) over {@code documents} (their tokens), default options. */
    public static Result compute(List<List<String>> topics, Iterable<? extends Iterable<String>> documents) {
        return compute(topics, documents, Options.defaults());
    }

    public static Result compute(List<List<String>> topics, Iterable<? extends Iterable<String>> documents,
                                 Options options) {
        TopWords words = new TopWords(topics, options.top());
        Cooccurrence counts = new Cooccurrence(words);
        for (Iterable<String> doc : documents) {
            counts.add(words.present(doc), words);
        }
        return score(words, counts, options.umassEps());
    }

    static Result score(TopWords words, Cooccurrence counts, double umassEps) {
        List<TopicScore> scores = new ArrayList<>();
        Set<String> missing = new TreeSet<>();
        double npmiSum = 0;
        double umassSum = 0;
        for (int t = 0; t < words.topics().size(); t++) {
            TopicScore s = scoreTopic(t, words, counts, umassEps);
            scores.add(s);
            missing.addAll(s.missing());
            npmiSum += s.npmi();
            umassSum += s.umass();
        }
        int k = scores.size();
        return new Result(counts.documents(), scores, k == 0 ? Double.NaN : npmiSum / k,
                k == 0 ? Double.NaN : umassSum / k, List.copyOf(missing));
    }

    private static TopicScore scoreTopic(int t, TopWords words, Cooccurrence counts, double umassEps) {
        List<String> topic = words.topics().get(t);
        long[] df = topic.stream().mapToLong(w -> counts.df(words.indexOf(w))).toArray();
        double n = counts.documents();
        double npmiSum = 0;
        int npmiPairs = 0;
        for (int i = 0; i < topic.size(); i++) {
            for (int j = i + 1; j < topic.size(); j++) {
                npmiSum += npmi(counts.pair(t, i, j), df[i], df[j], n);
                npmiPairs++;
            }
        }
        double umassSum = 0;
        int umassPairs = 0;
        for (int m = 1; m < topic.size(); m++) {
            for (int l = 0; l < m; l++) {
                if (df[l] > 0 && df[m] > 0) {
                    umassSum += Math.log((counts.pair(t, l, m) + umassEps) / df[l]);
                    umassPairs++;
                }
            }
        }
        Set<String> missing = new LinkedHashSet<>();
        for (int i = 0; i < topic.size(); i++) {
            if (df[i] == 0) {
                missing.add(topic.get(i));
            }
        }
        return new TopicScore(t, topic, npmiPairs == 0 ? Double.NaN : npmiSum / npmiPairs,
                umassPairs == 0 ? Double.NaN : umassSum / umassPairs, List.copyOf(missing));
    }

    /** Same operations in the same order as npmi.py, so the doubles agree to the last bits. */
    static double npmi(long co, long dfi, long dfj, double n) {
        if (co == 0) {
            return -1.0;
        }
        double pij = co / n;
        if (co == n) {
            return 1.0;
        }
        double pi = dfi / n;
        double pj = dfj / n;
        return Math.log(pij / (pi * pj)) / -Math.log(pij);
    }
}
