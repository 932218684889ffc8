package org.cabletrends.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;

/** Times the stages of a run and logs one INFO line per stage with its counts and seconds. */
public final class Stages {
    /** A stage's work; may throw anything, which the run turns into a failure. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    private final Map<String, Double> seconds = new LinkedHashMap<>();
    private final Logger log;

    public Stages(Logger log) {
        this.log = log;
    }

    public <T> T run(String stage, Work<T> work, java.util.function.Function<T, String> counts) throws Exception {
        long t0 = System.nanoTime();
        T result = work.run();
        double s = (System.nanoTime() - t0) / 1e9;
        seconds.put(stage, Math.round(s * 1000) / 1000.0);
        log.info("stage={} {} seconds={}", stage, counts.apply(result), String.format("%.3f", s));
        return result;
    }

    public Map<String, Double> seconds() {
        return seconds;
    }
}
