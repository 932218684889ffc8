package org.cabletrends.synth;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Relative weights of the forms (they need not sum to 1). The default follows the shared development corpus:
 * mostly site text, some partial extracts and flattened bodies, a few PlusD and seed-form cables.
 */
public record FormMix(double site, double seedMarkdown, double plusd, double partialExtract, double flattened) {
    public static final FormMix DEFAULT = new FormMix(0.60, 0.05, 0.05, 0.15, 0.15);

    public FormMix {
        check("site", site);
        check("seed_markdown", seedMarkdown);
        check("plusd", plusd);
        check("partial_extract", partialExtract);
        check("flattened", flattened);
        if (site + seedMarkdown + plusd + partialExtract + flattened <= 0) {
            throw new IllegalArgumentException("Invalid form mix: all weights are 0");
        }
    }

    /** Parses {@code site=0.6,plusd=0.1,...}; forms not named get weight 0. */
    public static FormMix parse(String text) {
        Map<CableForm, Double> w = new EnumMap<>(CableForm.class);
        for (String part : text.split(",")) {
            String[] kv = part.trim().split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("Invalid form mix entry: '" + part + "' (expected form=weight)");
            }
            CableForm form;
            try {
                form = CableForm.valueOf(kv[0].trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Invalid form name: '" + kv[0].trim() + "'", e);
            }
            try {
                w.put(form, Double.parseDouble(kv[1].trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Invalid form weight: '" + kv[1].trim() + "'", e);
            }
        }
        return new FormMix(w.getOrDefault(CableForm.SITE, 0.0), w.getOrDefault(CableForm.SEED_MARKDOWN, 0.0),
                w.getOrDefault(CableForm.PLUSD, 0.0), w.getOrDefault(CableForm.PARTIAL_EXTRACT, 0.0),
                w.getOrDefault(CableForm.FLATTENED, 0.0));
    }

    public double weight(CableForm form) {
        return switch (form) {
            case SITE -> site;
            case SEED_MARKDOWN -> seedMarkdown;
            case PLUSD -> plusd;
            case PARTIAL_EXTRACT -> partialExtract;
            case FLATTENED -> flattened;
        };
    }

    /** Draws a form with probability proportional to its weight. */
    public CableForm draw(SplittableRandom rng) {
        double total = site + seedMarkdown + plusd + partialExtract + flattened;
        double u = rng.nextDouble() * total;
        for (CableForm form : CableForm.values()) {
            u -= weight(form);
            if (u < 0) {
                return form;
            }
        }
        return CableForm.SITE;
    }

    private static void check(String name, double w) {
        if (!(w >= 0) || Double.isInfinite(w)) {
            throw new IllegalArgumentException("Invalid form weight for " + name + ": " + w);
        }
    }
}
