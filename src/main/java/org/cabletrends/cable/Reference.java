package org.cabletrends.cable;

import java.util.List;

/** One item of a REF block ({@code A. 08ASTANA1234}), its text as written and the canonical cable ids found in it. */
public record Reference(String letter, String text, List<String> refids) {
    public Reference {
        text = text == null ? "" : text;
        refids = List.copyOf(refids == null ? List.of() : refids);
    }
}
