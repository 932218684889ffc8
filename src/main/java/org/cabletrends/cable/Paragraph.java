package org.cabletrends.cable;

/**
 * One numbered paragraph of the body. {@code number} follows the cable's sequence (0 for unnumbered text before
 * the first numbered paragraph). {@code marking} is the portion marking without parentheses ({@code U}, {@code SBU},
 * {@code C}, {@code S//NF}) or null. {@code heading} is the nearest heading above it or null. {@code start} and
 * {@code end} are character offsets of the paragraph in the decoded source text.
 */
public record Paragraph(int number, String marking, String heading, String text, int start, int end) {
    public Paragraph {
        text = text == null ? "" : text;
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Invalid paragraph span: " + start + ".." + end);
        }
    }
}
