package org.cabletrends.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The k planted topics: each a Zipf-like distribution over its word list, with the word order seeded. */
final class TopicModel {
    /** One topic: words in rank order with their probabilities (summing to 1). */
    record Topic(int id, String name, List<String> words, double[] probabilities) {
    }

    private final List<Topic> topics;
    private final double[][] cumulative;

    TopicModel(long seed, int k) {
        List<Topic> list = new ArrayList<>();
        cumulative = new double[k][];
        for (int t = 0; t < k; t++) {
            SplittableRandom rng = Seeds.rng(seed, t, Seeds.TOPICS);
            List<String> words = new ArrayList<>(TopicLexicon.WORDS.get(t));
            Seeds.shuffle(words, rng);
            double[] p = new double[words.size()];
            double sum = 0;
            for (int r = 0; r < p.length; r++) {
                p[r] = 1.0 / Math.pow(r + 1, 0.8);
                sum += p[r];
            }
            double acc = 0;
            cumulative[t] = new double[p.length];
            for (int r = 0; r < p.length; r++) {
                p[r] /= sum;
                acc += p[r];
                cumulative[t][r] = acc;
            }
            list.add(new Topic(t, TopicLexicon.NAMES.get(t), List.copyOf(words), p));
        }
        topics = List.copyOf(list);
    }

    List<Topic> topics() {
        return topics;
    }

    int size() {
        return topics.size();
    }

    /** Draws a word of topic {@code t}. */
    String draw(int t, SplittableRandom rng) {
        double u = rng.nextDouble();
        double[] c = cumulative[t];
        for (int r = 0; r < c.length; r++) {
            if (u < c[r]) {
                return topics.get(t).words().get(r);
            }
        }
        return topics.get(t).words().get(c.length - 1);
    }
}
