package org.cabletrends.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Lines of a byte stream with their start offsets, terminators ({@code \n}) kept so records keep their bytes. */
final class LineSource implements AutoCloseable {
    /** One line: {@code bytes[0, length)}, starting at byte {@code position} of the file. */
    record Line(long position, byte[] bytes, int length) {
    }

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;
    private long position;

    LineSource(InputStream in, long position) {
        this.in = in;
        this.position = position;
    }

    /** The next line, or null at the end of the stream. Each call returns a fresh array. */
    Line next() throws IOException {
        byte[] line = null;
        int n = 0;
        while (true) {
            if (pos == limit && !fill()) {
                break;
            }
            int end = pos;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            boolean found = end < limit;
            int take = (found ? end + 1 : end) - pos;
            line = line == null ? new byte[Math.max(take, 128)] : line.length < n + take
                    ? Arrays.copyOf(line, Math.max(n + take, line.length * 2)) : line;
            System.arraycopy(buffer, pos, line, n, take);
            n += take;
            pos += take;
            if (found) {
                break;
            }
        }
        if (n == 0) {
            return null;
        }
        Line result = new Line(position, line, n);
        position += n;
        return result;
    }

    private boolean fill() throws IOException {
        int r = in.read(buffer, 0, buffer.length);
        pos = 0;
        limit = Math.max(r, 0);
        return r > 0;
    }

    long position() {
        return position;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
