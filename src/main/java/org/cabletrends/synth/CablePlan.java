package org.cabletrends.synth;

import java.util.List;

/**
 * A cable before rendering: the truth plus the text pieces the renderers lay out.
 *
 * @param truth       the ground truth
 * @param paragraphs  paragraph bodies, in order, matching {@code truth.paragraphs()}
 * @param routingNo   the 4-digit number of {@code VZCZCXRO1234}
 * @param toNumber    the 4-digit sequence number of the TO line
 * @param info        INFO lines with routing indicators, {@code RUEHBJ/AMEMBASSY BEIJING 0274}
 * @param refLine     the REF line as written, or null
 * @param office      the office line such as {@code STATE FOR SCA/CEN}, or null
 */
record CablePlan(CableTruth truth, List<String> paragraphs, int routingNo, int toNumber, List<String> info,
                 String refLine, String office) {
    CablePlan {
        paragraphs = List.copyOf(paragraphs);
        info = List.copyOf(info);
    }
}
