package org.cabletrends.synth;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The synthetic cable generator. Every cable is a pure function of (options, index), so cables can be made in
 * parallel and streamed in index order without holding the corpus in memory; the output is byte-identical for the
 * same options. Only the schedule (post, date, serial per cable: a few arrays) is computed up front.
 */
public final class SyntheticCorpus implements Iterable<SyntheticCable> {
    private static final int BATCH = 512;
    private final SynthOptions options;
    private final List<Post> posts;
    private final List<Burst> bursts;
    private final TopicModel model;
    private final CablePlanner planner;

    public SyntheticCorpus(SynthOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("Invalid options: null");
        }
        this.options = options;
        this.posts = Posts.ALL;
        this.bursts = Bursts.plan(options, posts);
        this.model = new TopicModel(options.seed(), options.topics());
        this.planner = new CablePlanner(options, posts, new Schedule(options, posts), bursts, model);
    }

    public SynthOptions options() {
        return options;
    }

    public List<Burst> bursts() {
        return bursts;
    }

    public List<Post> posts() {
        return posts;
    }

    TopicModel topicModel() {
        return model;
    }

    /** The plan of one cable (package-private: tests read paragraph texts from it). */
    CablePlan plan(int index) {
        checkIndex(index);
        return planner.plan(index);
    }

    /** Writes the corpus as files under year folders plus the ground truth; see {@link CorpusWriter}. */
    public CorpusWriter.Report writeDirectory(java.nio.file.Path out) throws java.io.IOException {
        return CorpusWriter.writeDirectory(this, out);
    }

    /** Writes the corpus as one cables.csv in the real dialect plus the ground truth; see {@link CorpusWriter}. */
    public CorpusWriter.Report writeCablesCsv(java.nio.file.Path out) throws java.io.IOException {
        return CorpusWriter.writeCablesCsv(this, out);
    }

    /** Generates cable {@code index} on its own. */
    public SyntheticCable cable(int index) {
        CablePlan plan = plan(index);
        return Malformer.apply(plan, CableRenderer.render(plan, options.seed()), options.seed());
    }

    /** Generates all cables in index order; batches are made in parallel, delivered sequentially. */
    @Override
    public void forEach(Consumer<? super SyntheticCable> action) {
        SyntheticCable[] batch = new SyntheticCable[BATCH];
        for (int from = 0; from < options.cables(); from += BATCH) {
            int start = from;
            int size = Math.min(BATCH, options.cables() - from);
            IntStream.range(0, size).parallel().forEach(i -> batch[i] = cable(start + i));
            for (int i = 0; i < size; i++) {
                action.accept(batch[i]);
                batch[i] = null;
            }
        }
    }

    /** A sequential iterator, one cable at a time. */
    @Override
    public Iterator<SyntheticCable> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < options.cables();
            }

            @Override
            public SyntheticCable next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("Cannot iterate past cable " + options.cables());
                }
                return cable(next++);
            }
        };
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= options.cables()) {
            throw new IllegalArgumentException("Invalid cable index: " + index + " (corpus has " + options.cables()
                    + ")");
        }
    }
}
