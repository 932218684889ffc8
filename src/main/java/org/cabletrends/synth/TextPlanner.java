package org.cabletrends.synth;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Fills the sentence templates of one cable: topic words from its mixture, theme terms where asked. */
final class TextPlanner {
    private final SplittableRandom rng;
    private final TopicModel model;
    private final int[] topicIds;
    private final double[] cumulative;
    private final int[] drawn;
    private final String city;

    TextPlanner(SplittableRandom rng, TopicModel model, int[] topicIds, double[] weights, String city) {
        this.rng = rng;
        this.model = model;
        this.topicIds = topicIds.clone();
        this.cumulative = Schedule.cumulative(weights);
        this.drawn = new int[model.size()];
        this.city = city;
    }

    /** Words drawn so far per topic id. */
    int drawn(int topic) {
        return drawn[topic];
    }

    String sentence() {
        return capitalised(fill(Seeds.pick(Lexicon.SENTENCES, rng), null));
    }

    String themeSentence(Theme theme) {
        return capitalised(fill(Seeds.pick(Lexicon.THEME_SENTENCES, rng), theme));
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    String summarySentence() {
        return fill(Seeds.pick(Lexicon.SUMMARY_SENTENCES, rng), null);
    }

    String commentSentence() {
        return fill(Seeds.pick(Lexicon.COMMENT_SENTENCES, rng), null);
    }

    String heading() {
        return fill(Seeds.pick(Lexicon.HEADINGS, rng), null).toUpperCase(Locale.ROOT);
    }

    String subject(Post post, List<Theme> themes) {
        String body = themes.isEmpty() ? fill(Seeds.pick(Lexicon.SUBJECTS, rng), null)
                : fill("{C} CONTACTS DISCUSS ", null) + themes.get(0).label() + fill(" AND THE {T}", null);
        return (post.country() + ": " + body).toUpperCase(Locale.ROOT);
    }

    String person() {
        return Seeds.pick(Lexicon.TITLES, rng) + " " + Seeds.pick(Lexicon.FIRST_NAMES, rng) + " "
                + Seeds.pick(Lexicon.LAST_NAMES, rng);
    }

    private String fill(String template, Theme theme) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        String firstTerm = null;
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close < 0) {
                out.append(c);
                i++;
                continue;
            }
            String slot = template.substring(i + 1, close);
            String value = switch (slot) {
                case "T" -> topicWord();
                case "B" -> Seeds.pick(Lexicon.BACKGROUND, rng);
                case "P" -> person();
                case "C" -> city;
                case "D" -> Seeds.pick(Lexicon.MONTHS, rng) + " " + (1 + rng.nextInt(28));
                case "MO" -> Seeds.pick(Lexicon.MONTHS, rng);
                case "N" -> Integer.toString(2 + rng.nextInt(39));
                case "M" -> "$" + (1 + rng.nextInt(90)) + "." + rng.nextInt(10) + " million";
                case "X" -> firstTerm = Seeds.pick(theme.terms(), rng);
                case "Y" -> otherTerm(theme, firstTerm);
                default -> throw new IllegalStateException("Cannot fill slot {" + slot + "}");
            };
            out.append(value);
            i = close + 1;
        }
        return out.toString();
    }

    private String otherTerm(Theme theme, String first) {
        String term = Seeds.pick(theme.terms(), rng);
        return term.equals(first) ? theme.terms().get((theme.terms().indexOf(term) + 1) % theme.terms().size()) : term;
    }

    private String topicWord() {
        int slot = Schedule.draw(cumulative, rng);
        int topic = topicIds[slot];
        drawn[topic]++;
        return model.draw(topic, rng);
    }
}
