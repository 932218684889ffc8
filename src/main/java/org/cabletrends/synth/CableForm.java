package org.cabletrends.synth;

import java.util.Locale;

/** The layouts the generator writes; names match {@code org.cabletrends.cable.SourceForm} where one exists. */
public enum CableForm {
    /** Cablegate site text: VZCZC routing header block, blank line, cable text wrapped near 70 columns. */
    SITE,
    /** The users' seed form: one-line routing header, {@code ## } headings, {@code [PGOV](#)} tags, {@code - 11.}. */
    SEED_MARKDOWN,
    /** PlusD text: site layout with CRLF line ends and trailing spaces. */
    PLUSD,
    /** A site partial extract: no routing header, a date line, unwrapped sentence-cased paragraphs. */
    PARTIAL_EXTRACT,
    /** A body with every line break collapsed to spaces and no routing header. */
    FLATTENED;

    /** The snake_case name used in JSON and docs. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
