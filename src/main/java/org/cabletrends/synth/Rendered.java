package org.cabletrends.synth;

/**
 * A rendered cable: the file text, and the same cable split as a cables.csv row needs it (routing header and
 * content, LF line ends; header empty for forms without one).
 */
record Rendered(String text, String header, String content) {
}
