package org.cabletrends.ingest;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A run's directory, written atomically: everything goes to {@code <output>/_tmp-<run_id>} and is renamed to
 * {@code <output>/<run_id>} after the manifest (or to {@code <output>/_failed-<run_id>} when the run's checks fail),
 * so a run directory without a leading '_' is always complete.
 */
final class RunDirectory {
    private final FileSystem fs;
    private final Path base;
    private final String runId;

    private RunDirectory(FileSystem fs, Path base, String runId) {
        this.fs = fs;
        this.base = base;
        this.runId = runId;
    }

    static RunDirectory create(Configuration conf, String output, String runId) throws IOException {
        Path out = new Path(output);
        FileSystem fs = out.getFileSystem(conf);
        RunDirectory run = new RunDirectory(fs, fs.makeQualified(out), runId);
        if (fs.exists(run.committed())) {
            throw new IOException("Cannot write run " + runId + ": " + run.committed() + " already exists");
        }
        if (fs.exists(run.tmp())) {
            fs.delete(run.tmp(), true);
        }
        fs.mkdirs(run.tmp());
        return run;
    }

    Path tmp() {
        return new Path(base, "_tmp-" + runId);
    }

    Path committed() {
        return new Path(base, runId);
    }

    Path failed() {
        return new Path(base, "_failed-" + runId);
    }

    String tmp(String child) {
        return new Path(tmp(), child).toString();
    }

    void write(String child, byte[] bytes) throws IOException {
        try (OutputStream out = fs.create(new Path(tmp(), child), false)) {
            out.write(bytes);
        }
    }

    void delete(String child) throws IOException {
        fs.delete(new Path(tmp(), child), true);
    }

    /** Renames the finished run into place; returns where it now is. */
    Path commit(boolean ok) throws IOException {
        Path target = ok ? committed() : failed();
        if (!ok && fs.exists(target)) {
            fs.delete(target, true);
        }
        if (!fs.rename(tmp(), target)) {
            throw new IOException("Cannot rename " + tmp() + " to " + target);
        }
        return target;
    }

    /** Removes the temporary directory of a run that threw. */
    void abandon() {
        try {
            fs.delete(tmp(), true);
        } catch (IOException e) {
            // The run already failed; a left-over _tmp- directory is hidden and replaced by the next run.
        }
    }
}
