package org.cabletrends.cable;

import java.util.Arrays;

/** A growable byte array for one field. */
final class ByteBuilder {
    private byte[] bytes = new byte[8192];
    private int size;

    void add(byte b) {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, size * 2);
        }
        bytes[size++] = b;
    }

    void clear() {
        size = 0;
    }

    byte[] toArray() {
        return Arrays.copyOf(bytes, size);
    }
}
