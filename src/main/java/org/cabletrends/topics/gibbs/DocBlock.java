package org.cabletrends.topics.gibbs;

import java.io.Serializable;

/**
 * One partition's documents as primitive arrays, fixed for a run: document d's tokens are
 * words[docStart[d] .. docStart[d + 1]). The changing topic assignments live beside it in a {@link TopicBlock} of
 * the same partition, so a checkpoint writes only those.
 */
final class DocBlock implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The partition this block belongs to: keys its random streams. */
    final int partition;
    final int[] docStart;
    final int[] words;
    /** Document ids (the docIdCol values) or null when the fit keeps none. */
    final String[] ids;
    /** The largest size of the count vectors the block came from (0 for an empty block). */
    final int vectorSize;

    DocBlock(int partition, int[] docStart, int[] words, String[] ids, int vectorSize) {
        this.partition = partition;
        this.docStart = docStart;
        this.words = words;
        this.ids = ids;
        this.vectorSize = vectorSize;
    }

    int docs() {
        return docStart.length - 1;
    }

    int tokens() {
        return words.length;
    }

    int maxDocLength() {
        int max = 0;
        for (int d = 0; d < docs(); d++) {
            max = Math.max(max, docStart[d + 1] - docStart[d]);
        }
        return max;
    }

    /** Topic counts of document d under the given assignments. */
    int[] docTopicCounts(short[] topics, int d, int k) {
        int[] counts = new int[k];
        for (int i = docStart[d]; i < docStart[d + 1]; i++) {
            counts[topics[i]]++;
        }
        return counts;
    }
}
