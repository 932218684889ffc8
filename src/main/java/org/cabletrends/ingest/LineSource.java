package org.cabletrends.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Lines of a byte stream with their start offsets, terminators ({@code \n}) kept so records keep their bytes. */
final class LineSource implements AutoCloseable {
    /** One line: {@code bytes[0, length)}, starting at byte {@code position} of the file. */
    record Line(long position, byte[] bytes, int length) {
    }

    private final InputStream in;
    private long position;
    private byte[] buffer = new byte[8192];

    LineSource(InputStream in, long position) {
        this.in = new BufferedInputStream(in, 1 << 16);
        this.position = position;
    }

    /** The next line, or null at the end of the stream. Each call returns a fresh array. */
    Line next() throws IOException {
        int n = 0;
        int c;
        while ((c = in.read()) >= 0) {
            if (n == buffer.length) {
                buffer = Arrays.copyOf(buffer, n * 2);
            }
            buffer[n++] = (byte) c;
            if (c == '\n') {
                break;
            }
        }
        if (n == 0) {
            return null;
        }
        Line line = new Line(position, Arrays.copyOf(buffer, n), n);
        position += n;
        return line;
    }

    long position() {
        return position;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
