package org.cabletrends.cable;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One random edit of a cable's text for the property tests. Line edits run on the text first; byte edits (random
 * bytes, truncation) run last on the UTF-8 bytes, so invalid UTF-8 survives to the parser.
 */
record Mutation(Kind kind, int a, int b, String unicode, byte[] bytes) {
    enum Kind { DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, FLIP_LINE_ENDINGS, PAGE_BREAK, UNICODE, RANDOM_BYTES, TRUNCATE }

    static byte[] applyAll(String base, List<Mutation> mutations) {
        String text = base;
        for (Mutation m : mutations) {
            text = m.applyToText(text);
        }
        byte[] out = text.getBytes(StandardCharsets.UTF_8);
        for (Mutation m : mutations) {
            out = m.applyToBytes(out);
        }
        return out;
    }

    private String applyToText(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int i = a % lines.size();
        int j = b % lines.size();
        switch (kind) {
            case DELETE_LINE -> lines.remove(i);
            case DUPLICATE_LINE -> lines.add(i, lines.get(i));
            case SWAP_LINES -> lines.set(j, lines.set(i, lines.get(j)));
            case PAGE_BREAK -> lines.add(i, "ORIGIN 0000" + (b % 10000) + "  00" + (b % 9 + 2) + " OF 00" + (b % 9 + 3) + " ");
            case UNICODE -> lines.set(i, insert(lines.get(i), b, unicode));
            case FLIP_LINE_ENDINGS -> {
                return text.contains("\r\n") ? text.replace("\r\n", "\n") : text.replace("\n", "\r\n");
            }
            default -> {
                return text;
            }
        }
        return String.join("\n", lines);
    }

    private byte[] applyToBytes(byte[] in) {
        if (kind == Kind.TRUNCATE) {
            return Arrays.copyOf(in, in.length == 0 ? 0 : a % in.length);
        }
        if (kind != Kind.RANDOM_BYTES) {
            return in;
        }
        int at = in.length == 0 ? 0 : a % (in.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + bytes.length);
        out.write(in, 0, at);
        out.writeBytes(bytes);
        out.write(in, at, in.length - at);
        return out.toByteArray();
    }

    private static String insert(String line, int position, String what) {
        int at = line.isEmpty() ? 0 : position % (line.length() + 1);
        return line.substring(0, at) + what + line.substring(at);
    }

    @Override
    public String toString() {
        return kind + "(" + a + "," + b + (kind == Kind.UNICODE ? ",\"" + unicode + "\"" : "")
                + (kind == Kind.RANDOM_BYTES ? "," + Arrays.toString(bytes) : "") + ")";
    }
}
