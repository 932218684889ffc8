package org.cabletrends.cable;

/** One TAGS entry: the code as written (normalised to upper case) and its kind where known. */
public record Tag(String code, TagKind kind) {
    public Tag {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("Invalid tag: code is blank");
        }
        kind = kind == null ? TagKind.UNKNOWN : kind;
    }
}
