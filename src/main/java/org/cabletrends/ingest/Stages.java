package org.cabletrends.ingest;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;

/**
 * Times the stages of a run and logs one INFO line per stage with its counts, wall seconds and the CPU seconds of
 * this JVM (all its threads: in local mode the whole job, on a cluster the driver only). On a shared machine the CPU
 * figure shows what a stage costs when wall time is inflated by other processes.
 */
public final class Stages {
    /** A stage's work; may throw anything, which the run turns into a failure. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    private final Map<String, Double> seconds = new LinkedHashMap<>();
    private final Map<String, Double> cpuSeconds = new LinkedHashMap<>();
    private final Logger log;

    public Stages(Logger log) {
        this.log = log;
    }

    public <T> T run(String stage, Work<T> work, java.util.function.Function<T, String> counts) throws Exception {
        long t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        T result = work.run();
        double s = (System.nanoTime() - t0) / 1e9;
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        seconds.put(stage, Math.round(s * 1000) / 1000.0);
        cpuSeconds.put(stage, Math.round(cpu * 1000) / 1000.0);
        log.info("stage={} {} seconds={} cpu_seconds={}", stage, counts.apply(result), String.format("%.3f", s),
                String.format("%.3f", cpu));
        return result;
    }

    public Map<String, Double> seconds() {
        return seconds;
    }

    /** CPU seconds of this JVM per stage (0 where the platform does not report it). */
    public Map<String, Double> cpuSeconds() {
        return cpuSeconds;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
    }
}
