package org.cabletrends.cable;

import java.util.regex.Pattern;

/** Undoes the markdown escapes of the seed form ({@code \$} → {@code $}). */
final class Markdown {
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!$<>|~])");

    private Markdown() {
    }

    static String unescape(String text) {
        return text.indexOf('\\') < 0 ? text : ESCAPE.matcher(text).replaceAll("$1");
    }
}
