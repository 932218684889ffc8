package org.cabletrends.topics.gibbs;

import java.io.Serializable;

/**
 * The topic of every token of one {@link DocBlock}, as one sweep left them. {@code stats} is what that sweep reports
 * to the driver: transient, so a checkpointed or spilled block carries only the assignments (the driver reads the
 * stats in the same task that made the block).
 */
final class TopicBlock implements Serializable {
    private static final long serialVersionUID = 1L;

    final short[] topics;
    final transient SweepStats stats;

    TopicBlock(short[] topics, SweepStats stats) {
        this.topics = topics;
        this.stats = stats;
    }
}
