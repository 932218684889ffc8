package org.cabletrends.synth;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Lays a planned cable out in its form. Layout choices (TAGS separators, wrapping) use their own seeded stream. */
final class CableRenderer {
    static final String EXTRACT_NOTICE = "This record is a partial extract of the original cable. "
            + "The full text of the original cable is not available.";
    private static final char BREAK = '\u0001';

    private CableRenderer() {
    }

    static Rendered render(CablePlan plan, long seed) {
        SplittableRandom rng = Seeds.rng(seed, plan.truth().index(), Seeds.RENDER);
        CableTruth t = plan.truth();
        return switch (t.form()) {
            case SITE -> site(plan, rng, false);
            case PLUSD -> site(plan, rng, true);
            case SEED_MARKDOWN -> seed(plan, rng);
            case PARTIAL_EXTRACT -> extract(plan, rng);
            case FLATTENED -> flattened(plan, rng);
        };
    }

    private static Rendered site(CablePlan plan, SplittableRandom rng, boolean plusd) {
        List<String> header = Headers.routing(plan);
        Body body = new Body(plan);
        List<String> lines = new ArrayList<>();
        lines.add(body.classificationLine(!plusd && rng.nextDouble() < 0.7));
        lines.add("");
        lines.addAll(plan.truth().caveats());
        lines.add("");
        if (plan.office() != null) {
            lines.add(plan.office());
            lines.add("");
        }
        lines.add(body.eoLine(true));
        String separator = rng.nextDouble() < 0.3 ? ", " : " ";
        addTags(lines, "TAGS: ", separator, plan.truth().tags());
        lines.addAll(body.subjectLines(rng.nextDouble() < 0.5));
        lines.add("");
        body.refAndClassifiedBy(lines, true);
        body.paragraphs(lines, true, p -> "\u00b6" + p.number() + ". (" + p.marking() + ") ", false);
        lines.add(plan.truth().signer());
        String content = String.join("\n", lines) + "\n";
        String head = String.join("\n", header);
        if (!plusd) {
            return new Rendered(head + "\n\n" + content, head, content);
        }
        StringBuilder crlf = new StringBuilder("\r\n");
        for (String line : (head + "\n" + content).split("\n", -1)) {
            crlf.append(line.isEmpty() ? " " : line + " ").append("\r\n");
        }
        return new Rendered(crlf.toString(), head, content);
    }

    private static Rendered seed(CablePlan plan, SplittableRandom rng) {
        String head = String.join(" ", Headers.routing(plan));
        Body body = new Body(plan);
        List<String> lines = new ArrayList<>();
        lines.add(body.classificationLine(false));
        lines.add("");
        lines.add(String.join(" ", plan.truth().caveats()));
        lines.add("");
        if (plan.office() != null) {
            lines.add(plan.office());
            lines.add("");
        }
        lines.add(body.eoLine(true));
        lines.add("");
        addTags(lines, "TAGS: ", " ", plan.truth().tags().stream().map(x -> "[" + x + "](#)").toList());
        if (!plan.truth().tags().isEmpty()) {
            lines.add("");
        }
        lines.addAll(body.subjectLines(false));
        lines.add("");
        body.refAndClassifiedBy(lines, true);
        if (plan.truth().sectionCount() > 1) {
            lines.add(body.pageLine(1, true));
            lines.add("");
        }
        body.paragraphs(lines, false, p -> "- 1" + p.number() + ". (" + p.marking() + ") ", true);
        lines.add(plan.truth().signer());
        String content = String.join("\n", lines).replace("$", "\\$") + "\n";
        return new Rendered(head + "\n\n" + content, head, content);
    }

    private static Rendered extract(CablePlan plan, SplittableRandom rng) {
        CableTruth t = plan.truth();
        Body body = new Body(plan);
        List<String> lines = new ArrayList<>();
        lines.add(EXTRACT_NOTICE);
        lines.add("");
        lines.add(Dtg.extract(t.dtg().atZone(ZoneOffset.UTC)));
        lines.add(body.classificationLine(true));
        lines.addAll(t.caveats());
        if (plan.office() != null) {
            lines.add(plan.office());
        }
        lines.add(body.eoLine(false));
        addTags(lines, "TAGS ", ", ", t.tags());
        lines.addAll(body.subjectLines(rng.nextDouble() < 0.4));
        body.refAndClassifiedBy(lines, false);
        body.paragraphs(lines, false, p -> "\u00b6" + p.number() + ". (" + p.marking() + ") ", false);
        lines.add(t.signer());
        String content = Body.curly(String.join("\n", lines)).replace("SUMMARY: ", "Summary: ")
                .replace(" END SUMMARY.", " End Summary.").replace("COMMENT: ", "Comment: ")
                .replace(" END COMMENT.", " End Comment.") + "\n";
        return new Rendered(content, "", content);
    }

    private static Rendered flattened(CablePlan plan, SplittableRandom rng) {
        CableTruth t = plan.truth();
        Body body = new Body(plan);
        List<String> parts = new ArrayList<>();
        parts.add(body.classificationLine(rng.nextDouble() < 0.5));
        parts.addAll(t.caveats());
        parts.add(body.eoLine(true));
        addTags(parts, "TAGS: ", ", ", t.tags());
        parts.addAll(body.subjectLines(false));
        body.refAndClassifiedBy(parts, false);
        body.paragraphs(parts, false, p -> p.number() + ".  (" + p.marking() + ")  ", false);
        parts.add(t.signer());
        String content = String.join("  ", parts.stream().filter(s -> !s.isEmpty()).toList()) + "\n";
        return new Rendered(content, "", content);
    }

    private static void addTags(List<String> lines, String label, String separator, List<String> tags) {
        if (!tags.isEmpty()) {
            lines.add(label + String.join(separator, tags));
        }
    }

    static ZonedDateTime at(CableTruth t) {
        return t.dtg().atZone(ZoneOffset.UTC);
    }

    static char breakMark() {
        return BREAK;
    }
}
