package org.cabletrends.synth;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cabletrends.cable.Classification;

/** Plans one cable from (options, index) alone: metadata, themes, topic mixture, paragraphs, header pieces. */
final class CablePlanner {
    private final SynthOptions options;
    private final List<Post> posts;
    private final Schedule schedule;
    private final List<Burst> bursts;
    private final TopicModel model;

    CablePlanner(SynthOptions options, List<Post> posts, Schedule schedule, List<Burst> bursts, TopicModel model) {
        this.options = options;
        this.posts = posts;
        this.schedule = schedule;
        this.bursts = bursts;
        this.model = model;
    }

    CablePlan plan(int index) {
        SplittableRandom rng = Seeds.rng(options.seed(), index, Seeds.CONTENT);
        Post post = posts.get(schedule.post(index));
        Instant dtg = Instant.ofEpochSecond(schedule.epochSecond(index));
        ZonedDateTime at = dtg.atZone(ZoneOffset.UTC);
        int serial = schedule.serial(index);
        String yy = String.format("%02d", at.getYear() % 100);
        String refid = yy + post.code() + serial;
        CableForm form = options.formMix().draw(rng);
        Malformation bad = rng.nextDouble() < options.malformedRate()
                ? Malformation.values()[rng.nextInt(Malformation.values().length)] : null;
        String published = bad == Malformation.GARBLED_ID ? yy + yy + post.code() + serial : refid;
        Level level = Level.draw(rng);
        String precedence = pickPrecedence(rng);

        List<Integer> hitBursts = new ArrayList<>();
        List<Theme> themes = drawThemes(rng, post, YearMonth.from(at), hitBursts);
        int[] topicIds = drawTopics(rng);
        double[] weights = dirichlet(rng, topicIds.length);
        TextPlanner text = new TextPlanner(rng, model, topicIds, weights, post.city());
        ParagraphPlanner.Result body = new ParagraphPlanner(rng, text, level).plan(themes);
        TagPlanner.Result planned = TagPlanner.plan(rng, themes, post, options.tagNoise());
        // Quirks come from their own stream so that adding them left every other draw unchanged.
        List<CableTruth.Quirk> quirks = quirks(Seeds.rng(options.seed(), index, Seeds.QUIRKS));
        TagPlanner.Result tags = quirks.contains(CableTruth.Quirk.NO_TAGS)
                ? new TagPlanner.Result(List.of(), List.of()) : planned;

        String subject = text.subject(post, themes);
        List<String> refs = new ArrayList<>();
        String refLine = references(rng, post, yy, serial, refs);
        Authority auth = Authority.draw(rng, level, at.toLocalDate());
        int sections = Math.max(1, Math.min(Math.min(6, body.paragraphs().size()), 1 + body.chars() / 2500));
        String fileName = at.getYear() + "/" + published + ".txt";
        CableTruth truth = new CableTruth(index, fileName, refid, published, form, bad, post, dtg, Dtg.format(at),
                precedence, level.classification(), level.label(), level.caveats(), sections, auth.declassify(),
                tags.tags(), tags.stray(), subject, refs, auth.by(), auth.reasons(), Seeds.pick(Lexicon.SIGNERS, rng),
                body.truths(), themeTruths(themes, body, tags), shares(topicIds, weights, text), hitBursts,
                body.summary(), body.comment(), quirks);
        return new CablePlan(truth, body.paragraphs(), rng.nextInt(10_000), rng.nextInt(10_000),
                infoLines(rng, post), refLine, rng.nextDouble() < 0.5 ? "STATE FOR DRL AND PRM" : null);
    }

    /** Who classified a CONFIDENTIAL or SECRET cable, why, and until when (ten years); all null otherwise. */
    private record Authority(String by, String reasons, LocalDate declassify) {
        static Authority draw(SplittableRandom rng, Level level, LocalDate date) {
            if (level.classification() != Classification.CONFIDENTIAL
                    && level.classification() != Classification.SECRET) {
                return new Authority(null, null, null);
            }
            String by = Seeds.pick(Lexicon.CLASSIFIERS, rng) + " " + Seeds.pick(Lexicon.FIRST_NAMES, rng) + " "
                    + Seeds.pick(Lexicon.LAST_NAMES, rng);
            return new Authority(by, Seeds.pick(Lexicon.REASONS, rng), date.plusYears(10));
        }
    }

    private static List<CableTruth.Quirk> quirks(SplittableRandom rng) {
        List<CableTruth.Quirk> quirks = new ArrayList<>();
        if (rng.nextDouble() < 0.05) {
            quirks.add(CableTruth.Quirk.SUBJ_LABEL);
        }
        if (rng.nextDouble() < 0.05) {
            quirks.add(CableTruth.Quirk.SUBJECT_MARKING);
        }
        if (rng.nextDouble() < 0.01) {
            quirks.add(CableTruth.Quirk.NO_TAGS);
        }
        return quirks;
    }

    private static List<CableTruth.TopicShare> shares(int[] topicIds, double[] weights, TextPlanner text) {
        List<CableTruth.TopicShare> shares = new ArrayList<>();
        for (int i = 0; i < topicIds.length; i++) {
            shares.add(new CableTruth.TopicShare(topicIds[i], weights[i], text.drawn(topicIds[i])));
        }
        return shares;
    }

    private static List<CableTruth.ThemeTruth> themeTruths(List<Theme> themes, ParagraphPlanner.Result body,
                                                           TagPlanner.Result tags) {
        List<CableTruth.ThemeTruth> out = new ArrayList<>();
        for (Theme t : themes) {
            out.add(new CableTruth.ThemeTruth(t, body.themeParagraphs().get(t),
                    t.tags().stream().anyMatch(tags.tags()::contains)));
        }
        return out;
    }

    private List<Theme> drawThemes(SplittableRandom rng, Post post, YearMonth month, List<Integer> hitBursts) {
        List<Theme> boosted = new ArrayList<>();
        List<Theme> plain = new ArrayList<>();
        for (Theme t : Theme.values()) {
            double rate = options.themeRate();
            for (Burst b : bursts) {
                if (b.theme() == t && b.covers(post, month)) {
                    rate *= b.factor();
                }
            }
            if (rng.nextDouble() < Math.min(0.9, rate)) {
                (rate > options.themeRate() ? boosted : plain).add(t);
            }
        }
        // At most two themes; burst themes first so a burst's planted rate is not diluted by the cap.
        Seeds.shuffle(plain, rng);
        List<Theme> chosen = new ArrayList<>(boosted);
        chosen.addAll(plain);
        List<Theme> kept = new ArrayList<>(chosen.subList(0, Math.min(2, chosen.size())));
        kept.sort(null);
        for (Burst b : bursts) {
            if (kept.contains(b.theme()) && b.covers(post, month)) {
                hitBursts.add(b.id());
            }
        }
        return kept;
    }

    private int[] drawTopics(SplittableRandom rng) {
        double u = rng.nextDouble();
        int n = Math.min(model.size(), u < 0.5 ? 1 : u < 0.85 ? 2 : 3);
        List<Integer> all = new ArrayList<>();
        for (int t = 0; t < model.size(); t++) {
            all.add(t);
        }
        Seeds.shuffle(all, rng);
        return all.subList(0, n).stream().sorted().mapToInt(Integer::intValue).toArray();
    }

    /** Dirichlet(1,…,1) weights via normalised exponentials. */
    private static double[] dirichlet(SplittableRandom rng, int n) {
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            w[i] = -Math.log(1.0 - rng.nextDouble());
            sum += w[i];
        }
        for (int i = 0; i < n; i++) {
            w[i] /= sum;
        }
        return w;
    }

    private static String pickPrecedence(SplittableRandom rng) {
        double u = rng.nextDouble();
        return u < 0.35 ? "ROUTINE" : u < 0.65 ? "PRIORITY" : "IMMEDIATE";
    }

    private static String references(SplittableRandom rng, Post post, String yy, int serial, List<String> refids) {
        if (rng.nextDouble() >= 0.3) {
            return null;
        }
        int n = 1 + rng.nextInt(2);
        StringBuilder line = new StringBuilder("REF:");
        for (int i = 0; i < n; i++) {
            boolean own = i == 0 && serial > 20;
            int number = own ? 1 + rng.nextInt(serial - 1) : 1000 + rng.nextInt(98_000);
            String place = own ? post.code() : "STATE";
            String written = own && rng.nextBoolean() ? yy + place + number
                    : (own ? post.place() : place) + " " + number;
            refids.add(yy + place + number);
            line.append(n > 1 ? " " + (char) ('A' + i) + ". " : " ").append(written);
        }
        return line.toString();
    }

    private List<String> infoLines(SplittableRandom rng, Post post) {
        List<String> lines = new ArrayList<>();
        int others = 1 + rng.nextInt(3);
        for (int i = 0; i < others; i++) {
            Post p = posts.get(rng.nextInt(posts.size()));
            if (!p.equals(post)) {
                lines.add(p.routing() + "/" + p.asWritten() + " " + String.format("%04d", rng.nextInt(10_000)));
            }
        }
        int collectives = rng.nextInt(3);
        for (int i = 0; i < collectives; i++) {
            lines.add(Seeds.pick(Lexicon.INFO, rng));
        }
        return lines.stream().distinct().toList();
    }
}
