package org.cabletrends.themes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cabletrends.cable.Cable;
import org.cabletrends.cable.Paragraph;
import org.cabletrends.cable.Tag;

/**
 * Scores cables against theme definitions. Compiled once: every term, phrase and exclusion is stemmed with the same
 * English analysis as the text and indexed by its first stem, so a paragraph is tokenised once and each token costs
 * one hash lookup. Immutable and thread-safe.
 */
public final class ThemeMatcher {
    /** A theme is "detected" in a cable when its text score reaches this (docs/THEMES.md). */
    public static final double DETECTION_THRESHOLD = 0.5;
    /** Token count at which the length normalisation starts to matter. */
    static final double LENGTH_SCALE = 200.0;
    /**
     * A match in the subject line counts as this many matches in a paragraph: the subject is the author's own
     * one-line statement of what the cable is about (docs/THEMES.md).
     */
    public static final double SUBJECT_WEIGHT = 2.0;
    /**
     * Analysed tokens above which a subject is not weighted: real subjects are far shorter, a longer one is a parse
     * that ran on into the REF lines or the body, and its matches count like a paragraph's.
     */
    static final int SUBJECT_MAX_TOKENS = 40;

    private final List<ThemeDefinition> themes;
    private final List<Set<String>> tags;
    private final Map<String, Pattern[]> byFirstStem;

    /** Prefix of a term matched as that exact word (case-insensitive) instead of by stem: {@code =housing}. */
    public static final String EXACT = "=";

    /** What a matched pattern does: counts, cancels the theme in its paragraph, or only covers its tokens. */
    enum Role { COUNT, EXCLUDE, IGNORE }

    /** A stemmed term, phrase, exclusion or ignored entry of one theme; {@code exact}: the lower-case exact word. */
    record Pattern(int theme, String term, String[] stems, String stem, double weight, Role role, String exact) {
    }

    public ThemeMatcher(ThemeDefinitions definitions) {
        this.themes = definitions.themes();
        this.tags = themes.stream().map(t -> Set.copyOf(t.tags())).toList();
        Map<String, List<Pattern>> index = new HashMap<>();
        for (int i = 0; i < themes.size(); i++) {
            ThemeDefinition t = themes.get(i);
            addAll(index, i, t, "terms", t.terms(), Role.COUNT);
            addAll(index, i, t, "phrases", t.phrases(), Role.COUNT);
            addAll(index, i, t, "exclude", t.exclude(), Role.EXCLUDE);
            addAll(index, i, t, "ignore", t.ignore(), Role.IGNORE);
        }
        Map<String, Pattern[]> compiled = new HashMap<>();
        // Longest first, so "trafficking in persons" wins over "trafficking" at the same position; an ignored phrase
        // ("drug trafficking") covers its tokens like a counted one, so the term inside it is skipped.
        Comparator<Pattern> longestFirst = Comparator.comparingInt((Pattern p) -> -p.stems().length);
        index.forEach((k, v) -> compiled.put(k, v.stream().sorted(longestFirst).toArray(Pattern[]::new)));
        this.byFirstStem = compiled; // a HashMap: looked up once per token, faster than Map.copyOf's probing
    }

    private static void addAll(Map<String, List<Pattern>> index, int theme, ThemeDefinition t, String field,
                               List<String> entries, Role role) {
        for (String e : entries) {
            boolean exact = e.startsWith(EXACT);
            String written = exact ? e.substring(EXACT.length()) : e;
            String[] stems = StemTokens.stemsOf(written);
            if (stems.length == 0) {
                throw new IllegalArgumentException("Invalid theme '" + t.id() + "': field '" + field + "' entry '"
                        + e + "' is removed by English analysis (stop words only)");
            }
            if (exact && stems.length != 1) {
                throw new IllegalArgumentException("Invalid theme '" + t.id() + "': field '" + field + "' entry '"
                        + e + "' must be one word to be matched exactly");
            }
            Pattern p = new Pattern(theme, written, stems, String.join(" ", stems), t.weight(e), role,
                    exact ? written.toLowerCase(java.util.Locale.ROOT) : null);
            index.computeIfAbsent(stems[0], k -> new ArrayList<>()).add(p);
        }
    }

    public List<ThemeDefinition> themes() {
        return themes;
    }

    /** The scores of one parsed cable. */
    public CableThemes match(Cable cable) {
        Accumulator acc = new Accumulator(themes.size());
        scan(cable.subject(), CableThemes.SUBJECT, acc);
        List<Paragraph> paragraphs = cable.paragraphs();
        if (paragraphs.isEmpty() && cable.body() != null) {
            scan(cable.body(), 0, acc);
        }
        for (Paragraph p : paragraphs) {
            scan(p.text(), p.number(), acc);
        }
        List<CableThemes.ThemeScore> scores = new ArrayList<>(themes.size());
        for (int i = 0; i < themes.size(); i++) {
            scores.add(acc.score(i, themes.get(i).id(), hasTag(cable, tags.get(i))));
        }
        return new CableThemes(cable.refid(), acc.tokens, scores);
    }

    /** The weight of a subject's matches: {@link #SUBJECT_WEIGHT}, or 1 for a run-on subject. */
    static double subjectWeight(int subjectTokens) {
        return subjectTokens <= SUBJECT_MAX_TOKENS ? SUBJECT_WEIGHT : 1.0;
    }

    /** The text-only score: saturating in the weighted hits, normalised by log document length. */
    public static double textScore(double weightedHits, int tokens) {
        double scale = 1.0 + Math.log(1.0 + tokens / LENGTH_SCALE);
        return 1.0 - Math.exp(-weightedHits / scale);
    }

    private static boolean hasTag(Cable cable, Set<String> themeTags) {
        if (themeTags.isEmpty()) {
            return false;
        }
        for (Tag t : cable.tags()) {
            if (themeTags.contains(t.code())) {
                return true;
            }
        }
        return false;
    }

    private void scan(String text, int paragraph, Accumulator acc) {
        if (text == null || text.isEmpty()) {
            return;
        }
        StemTokens tokens = StemTokens.of(text);
        acc.tokens += tokens.size();
        if (paragraph == CableThemes.SUBJECT) {
            acc.subjectTokens = tokens.size();
        }
        acc.merge(find(text, paragraph, tokens), paragraph);
    }

    private ParagraphMatches find(String text, int paragraph, StemTokens tokens) {
        ParagraphMatches found = new ParagraphMatches(themes.size());
        int[] nextFree = new int[themes.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Pattern[] candidates = byFirstStem.get(tokens.stems()[i]);
            if (candidates != null) {
                matchAt(candidates, tokens, i, text, paragraph, found, nextFree);
            }
        }
        return found;
    }

    /** One part of a cable (a paragraph or the subject line) on its own: its tokens and its counted matches. */
    record PartMatch(int tokens, List<ThemeHits> themes) {
    }

    /** A theme's weighted hits in one part and the matched terms as written, in text order. */
    record ThemeHits(String theme, double hits, List<String> terms) {
    }

    /**
     * The matches of one part, as {@link #match} counts them for that part (after its exclusions), without building
     * a cable's per-theme scores: the themes stage matches every paragraph of a corpus this way.
     */
    PartMatch matchPart(String text, int paragraph) {
        if (text == null || text.isEmpty()) {
            return new PartMatch(0, List.of());
        }
        StemTokens tokens = StemTokens.of(text);
        ParagraphMatches found = find(text, paragraph, tokens);
        List<ThemeHits> out = new ArrayList<>(1);
        for (int t = 0; t < themes.size(); t++) {
            List<CableThemes.Evidence> evidence = found.evidence.get(t);
            if (!found.excluded[t] && found.hits[t] != 0 && evidence != null) {
                out.add(new ThemeHits(themes.get(t).id(), found.hits[t],
                        evidence.stream().map(CableThemes.Evidence::term).toList()));
            }
        }
        return new PartMatch(tokens.size(), out);
    }

    /**
     * Applies the patterns whose first stem is at token {@code i} (longest first): an exclusion marks its theme, the
     * first counted or ignored pattern of a theme covers its tokens, and only a counted one adds evidence.
     */
    private static void matchAt(Pattern[] candidates, StemTokens tokens, int i, String text, int paragraph,
                                ParagraphMatches found, int[] nextFree) {
        for (Pattern p : candidates) {
            boolean exclude = p.role() == Role.EXCLUDE;
            if ((!exclude && nextFree[p.theme()] > i) || !matchesAt(p, tokens, i, text)) {
                continue;
            }
            if (exclude) {
                found.excluded[p.theme()] = true;
                continue;
            }
            nextFree[p.theme()] = i + p.stems().length;
            if (p.role() == Role.COUNT) {
                int end = tokens.ends()[i + p.stems().length - 1];
                found.add(p, new CableThemes.Evidence(paragraph, p.term(), p.stem(),
                        text.substring(tokens.starts()[i], end)));
            }
        }
    }

    private static boolean matchesAt(Pattern p, StemTokens tokens, int at, String text) {
        if (p.exact() != null) {
            return text.regionMatches(true, tokens.starts()[at], p.exact(), 0, p.exact().length())
                    && tokens.ends()[at] - tokens.starts()[at] == p.exact().length();
        }
        String[] stems = p.stems();
        if (at + stems.length > tokens.size()) {
            return false;
        }
        for (int k = 1; k < stems.length; k++) {
            if (!stems[k].equals(tokens.stems()[at + k])) {
                return false;
            }
        }
        return true;
    }

    /** Matches of one paragraph, kept apart until its exclusions are known. */
    private static final class ParagraphMatches {
        final boolean[] excluded;
        final double[] hits;
        final List<List<CableThemes.Evidence>> evidence;

        ParagraphMatches(int n) {
            excluded = new boolean[n];
            hits = new double[n];
            evidence = new ArrayList<>(java.util.Collections.nCopies(n, null));
        }

        void add(Pattern p, CableThemes.Evidence e) {
            hits[p.theme()] += p.weight();
            if (evidence.get(p.theme()) == null) {
                evidence.set(p.theme(), new ArrayList<>());
            }
            evidence.get(p.theme()).add(e);
        }
    }

    /** Per-cable totals. */
    private static final class Accumulator {
        int tokens;
        int subjectTokens;
        final double[] hits;
        final double[] subjectHits;
        final List<TreeSet<Integer>> paragraphs = new ArrayList<>();
        final List<List<CableThemes.Evidence>> evidence = new ArrayList<>();

        Accumulator(int n) {
            hits = new double[n];
            subjectHits = new double[n];
            for (int i = 0; i < n; i++) {
                paragraphs.add(new TreeSet<>());
                evidence.add(new ArrayList<>());
            }
        }

        void merge(ParagraphMatches found, int paragraph) {
            for (int t = 0; t < hits.length; t++) {
                if (found.excluded[t] || found.hits[t] == 0) {
                    continue;
                }
                if (paragraph == CableThemes.SUBJECT) {
                    subjectHits[t] += found.hits[t];
                } else {
                    hits[t] += found.hits[t];
                    paragraphs.get(t).add(paragraph);
                }
                evidence.get(t).addAll(found.evidence.get(t));
            }
        }

        CableThemes.ThemeScore score(int t, String id, boolean tagSignal) {
            double score = textScore(hits[t] + subjectWeight(subjectTokens) * subjectHits[t], tokens);
            return new CableThemes.ThemeScore(id, hits[t], subjectHits[t], List.copyOf(paragraphs.get(t)), score,
                    tagSignal, evidence.get(t));
        }
    }
}
