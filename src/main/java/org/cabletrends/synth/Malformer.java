package org.cabletrends.synth;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/** Breaks a rendered cable as its planned {@link Malformation} says. */
final class Malformer {
    private Malformer() {
    }

    /** Returns {bytes, content} where content is what a CSV row's content field carries. */
    static SyntheticCable apply(CablePlan plan, Rendered r, long seed) {
        CableTruth t = plan.truth();
        Malformation m = t.malformation();
        byte[] bytes = r.text().getBytes(StandardCharsets.UTF_8);
        if (m == null || m == Malformation.GARBLED_ID) {
            return new SyntheticCable(t.index(), t.fileName(), t.publishedRefid(), bytes, r.header(), r.content(), t);
        }
        SplittableRandom rng = Seeds.rng(seed, t.index(), Seeds.MALFORM);
        return switch (m) {
            case EMPTY -> new SyntheticCable(t.index(), t.fileName(), t.publishedRefid(), new byte[0], "", "", t);
            case TRUNCATED -> truncated(t, r, rng);
            default -> junk(t, rng);
        };
    }

    private static SyntheticCable truncated(CableTruth t, Rendered r, SplittableRandom rng) {
        String text = r.text();
        int cut = 1 + rng.nextInt(Math.max(1, text.length() * 2 / 3));
        String kept = text.substring(0, cut);
        String content = r.content().substring(0, Math.min(r.content().length(), 1 + rng.nextInt(
                Math.max(1, r.content().length() * 2 / 3))));
        return new SyntheticCable(t.index(), t.fileName(), t.publishedRefid(), kept.getBytes(StandardCharsets.UTF_8),
                r.header(), stripTrailingBackslash(content), t);
    }

    private static SyntheticCable junk(CableTruth t, SplittableRandom rng) {
        byte[] b = new byte[64 + rng.nextInt(2048)];
        for (int i = 0; i < b.length; i++) {
            int v = rng.nextInt(256);
            // Never a quote or backslash: the junk must not break the cables.csv quoting.
            b[i] = (byte) (v == '"' || v == '\\' ? 0 : v);
        }
        return new SyntheticCable(t.index(), t.fileName(), t.publishedRefid(), b, "",
                new String(b, StandardCharsets.ISO_8859_1), t);
    }

    private static String stripTrailingBackslash(String s) {
        return s.endsWith("\\") ? s.substring(0, s.length() - 1) : s;
    }
}
