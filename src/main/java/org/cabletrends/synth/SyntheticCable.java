package org.cabletrends.synth;

import java.util.Arrays;

/**
 * One generated cable.
 *
 * @param index    position in the corpus, chronological (0 = oldest)
 * @param fileName relative path in directory mode, {@code 2008/08ASTANA2361.txt}
 * @param refid    the id the file is published under (garbled for {@link Malformation#GARBLED_ID})
 * @param bytes    the file's bytes (UTF-8, or junk for {@link Malformation#BINARY_JUNK})
 * @param header   the routing header as a cables.csv row carries it ("" when none)
 * @param content  the content field of a cables.csv row
 * @param truths   the ground truth
 */
public record SyntheticCable(int index, String fileName, String refid, byte[] bytes, String header, String content,
                             CableTruth truths) {
    public SyntheticCable {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The byte count without copying. */
    public int size() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SyntheticCable c && index == c.index && fileName.equals(c.fileName)
                && refid.equals(c.refid) && Arrays.equals(bytes, c.bytes) && header.equals(c.header)
                && content.equals(c.content) && truths.equals(c.truths);
    }

    @Override
    public int hashCode() {
        return 31 * index + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "SyntheticCable[" + index + ", " + fileName + ", " + bytes.length + " bytes]";
    }
}
