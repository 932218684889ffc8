package org.cabletrends.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Which earlier topics output a run's topic ids are kept stable against: {@code topics_previous} when set (a
 * {@code topics} folder, or a run directory that has one), else the newest other committed run beside the run
 * directory (same parent, normally {@code output}) that has a {@code topics/manifest.json}, newest by that
 * manifest's {@code finished_at}, ties by run name, so the choice does not depend on listing order.
 */
final class PreviousTopics {
    static final String MANIFEST = "manifest.json";

    /** A previous topics folder and its model. */
    record Found(String topics, SavedModel model) {
    }

    private PreviousTopics() {
    }

    /** {@link #locate} and load the model found there, or empty for a first run. */
    static Optional<Found> load(Configuration conf, String runDir, String configured) throws IOException {
        Optional<String> topics = locate(conf, runDir, configured);
        if (topics.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Found(topics.get(), ModelStore.load(conf, topics.get() + "/model")));
    }

    /** The previous topics folder, qualified, or empty for a first run. */
    static Optional<String> locate(Configuration conf, String runDir, String configured) throws IOException {
        if (!configured.isEmpty()) {
            return Optional.of(explicit(conf, configured));
        }
        Path run = new Path(runDir);
        FileSystem fs = run.getFileSystem(conf);
        run = fs.makeQualified(run);
        Path parent = run.getParent();
        if (parent == null || !fs.exists(parent)) {
            return Optional.empty();
        }
        List<Candidate> found = new ArrayList<>();
        for (FileStatus s : fs.listStatus(parent)) {
            String name = s.getPath().getName();
            Path manifest = new Path(s.getPath(), "topics/" + MANIFEST);
            if (s.isDirectory() && !name.startsWith("_") && !name.startsWith(".") && !s.getPath().equals(run)
                    && fs.exists(new Path(s.getPath(), MANIFEST)) && fs.exists(manifest)) {
                found.add(new Candidate(name, finishedAt(fs, manifest), new Path(s.getPath(), "topics").toString()));
            }
        }
        return found.stream().max(Comparator.comparing(Candidate::finishedAt).thenComparing(Candidate::name))
                .map(Candidate::topics);
    }

    private static String explicit(Configuration conf, String configured) throws IOException {
        Path p = new Path(configured);
        FileSystem fs = p.getFileSystem(conf);
        p = fs.makeQualified(p);
        if (fs.exists(new Path(p, MANIFEST)) && fs.exists(new Path(p, "model"))) {
            return p.toString();
        }
        Path nested = new Path(p, "topics");
        if (fs.exists(new Path(nested, MANIFEST))) {
            return nested.toString();
        }
        throw new IOException("Cannot use topics_previous " + configured + ": no topics/manifest.json there");
    }

    /** The {@code next_topic_id} of a previous topics folder's manifest (0 when absent). */
    static int nextTopicId(Configuration conf, String topicsDir) throws IOException {
        JsonNode n = read(conf, new Path(topicsDir, MANIFEST)).path("next_topic_id");
        return n.isInt() ? n.asInt() : 0;
    }

    private static String finishedAt(FileSystem fs, Path manifest) throws IOException {
        try (InputStream in = fs.open(manifest)) {
            return new ObjectMapper().readTree(in).path("finished_at").asText("");
        }
    }

    private static JsonNode read(Configuration conf, Path file) throws IOException {
        try (InputStream in = file.getFileSystem(conf).open(file)) {
            return new ObjectMapper().readTree(in);
        }
    }

    private record Candidate(String name, String finishedAt, String topics) {
    }
}
