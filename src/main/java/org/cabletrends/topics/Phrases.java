package org.cabletrends.topics;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The phrase list of a corpus and its merge: in each sentence, left to right, a pair of adjacent stems that is a
 * phrase becomes one token {@code a_b} (surface {@code "surface_a surface_b"}) and the scan goes on after it, as
 * gensim's Phraser does (bigrams only, one pass). Kept with a model so new cables are merged the same way.
 */
public final class Phrases implements Serializable {
    public static final Phrases NONE = new Phrases(List.of());
    private static final Comparator<Phrase> ORDER = Comparator.comparing(Phrase::first).thenComparing(Phrase::second);

    private final List<Phrase> list;
    private final Set<String> keys;

    private Phrases(List<Phrase> sorted) {
        this.list = sorted;
        Set<String> k = new HashSet<>();
        for (Phrase p : sorted) {
            if (!k.add(key(p.first(), p.second()))) {
                throw new IllegalArgumentException("Invalid phrase list: '" + p.token() + "' twice");
            }
        }
        this.keys = k;
    }

    /** A phrase list, sorted by first then second stem. */
    public static Phrases of(Collection<Phrase> phrases) {
        List<Phrase> sorted = new ArrayList<>(phrases);
        sorted.sort(ORDER);
        return new Phrases(List.copyOf(sorted));
    }

    /** The phrases sorted by first then second stem. */
    public List<Phrase> list() {
        return list;
    }

    public int size() {
        return list.size();
    }

    public boolean contains(String first, String second) {
        return keys.contains(key(first, second));
    }

    /** The tokens of the sentences with phrases merged, concatenated (no pair spans two sentences). */
    public List<Token> apply(List<List<Token>> sentences) {
        List<Token> out = new ArrayList<>();
        for (List<Token> sentence : sentences) {
            merge(sentence, out);
        }
        return out;
    }

    private void merge(List<Token> sentence, List<Token> out) {
        int n = sentence.size();
        for (int i = 0; i < n; i++) {
            Token a = sentence.get(i);
            if (i + 1 < n && !keys.isEmpty() && contains(a.stem(), sentence.get(i + 1).stem())) {
                Token b = sentence.get(++i);
                out.add(new Token(a.stem() + Phrase.JOIN + b.stem(), a.surface() + " " + b.surface()));
            } else {
                out.add(a);
            }
        }
    }

    /**
     * Normalised pointwise mutual information of a bigram, as gensim's {@code npmi_scorer}: with P(x) = count / n
     * over the {@code n} tokens of the corpus, ln(P(ab) / (P(a) P(b))) / −ln P(ab), in [−1, 1]; 1 when ab is the
     * whole corpus.
     */
    public static double npmi(long countAb, long countA, long countB, long n) {
        if (countAb <= 0 || countA <= 0 || countB <= 0 || n <= 0) {
            throw new IllegalArgumentException("Invalid counts: ab " + countAb + ", a " + countA + ", b " + countB
                    + ", n " + n);
        }
        double pab = (double) countAb / n;
        if (pab >= 1) {
            return 1;
        }
        double pmi = Math.log(pab / ((double) countA / n * ((double) countB / n)));
        return pmi / -Math.log(pab);
    }

    /** One phrase a line: {@code first<TAB>second<TAB>count<TAB>score}. */
    public String toTsv() {
        StringBuilder sb = new StringBuilder();
        for (Phrase p : list) {
            sb.append(p.first()).append('\t').append(p.second()).append('\t').append(p.count()).append('\t')
                    .append(p.score()).append('\n');
        }
        return sb.toString();
    }

    /** The list {@link #toTsv} wrote. */
    public static Phrases parseTsv(String tsv) {
        List<Phrase> phrases = new ArrayList<>();
        int lineNumber = 0;
        for (String line : tsv.split("\n")) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            try {
                phrases.add(new Phrase(f[0], f[1], Long.parseLong(f[2]), Double.parseDouble(f[3])));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Invalid phrase line " + lineNumber + ": '" + line + "'", e);
            }
        }
        return of(phrases);
    }

    private static String key(String first, String second) {
        return first + ' ' + second;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Phrases p && list.equals(p.list);
    }

    @Override
    public int hashCode() {
        return list.hashCode();
    }

    @Override
    public String toString() {
        return "Phrases[" + list.size() + "]";
    }
}
