package org.cabletrends.cable;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Bytes to text: UTF-8 when valid, else cp1252 (what Windows-era exports used); a leading BOM is dropped. */
final class TextDecoder {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    static String decode(byte[] bytes, List<ParseIssue> issues) {
        if (bytes == null || bytes.length == 0) {
            return "";
        }
        int offset = hasBom(bytes) ? 3 : 0;
        // Fast path: the JDK's decoder replaces bad input with U+FFFD; only then is the strict check needed.
        String fast = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast;
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            CharBuffer chars = utf8.decode(in);
            return chars.toString();
        } catch (CharacterCodingException e) {
            issues.add(new ParseIssue(IssueCode.DECODING_FALLBACK, Severity.WARNING, 0, 0,
                    "Invalid UTF-8 near byte " + firstInvalidUtf8(bytes, offset) + "; decoded as windows-1252"));
            return new String(bytes, offset, bytes.length - offset, CP1252);
        }
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /** Byte offset of the first byte that breaks UTF-8, for the issue message. */
    static int firstInvalidUtf8(byte[] b, int from) {
        int i = from;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int n = c < 0x80 ? 0 : c >= 0xC2 && c < 0xE0 ? 1 : c >= 0xE0 && c < 0xF0 ? 2 : c >= 0xF0 && c < 0xF5 ? 3 : -1;
            if (n < 0 || i + n >= b.length + (n == 0 ? 1 : 0)) {
                return i;
            }
            for (int k = 1; k <= n; k++) {
                if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += n + 1;
        }
        return i;
    }
}
