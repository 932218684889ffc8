package org.cabletrends.ingest;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Where a later stage (themes, topics) writes into an ingested run: its tables go to {@code <run>/_tmp-<stage>} and
 * the folder is renamed to {@code <run>/<stage>} when complete, replacing an earlier output of the same stage (moved
 * aside to {@code _old-<stage>} first and then deleted). Readers therefore see a stage's tables whole or not at all,
 * and re-running a stage on the same run is idempotent.
 */
public final class StageDirectory {
    private final FileSystem fs;
    private final Path run;
    private final String stage;

    private StageDirectory(FileSystem fs, Path run, String stage) {
        this.fs = fs;
        this.run = run;
        this.stage = stage;
    }

    /** Opens {@code <runDir>/_tmp-<stage>} (emptied first); fails when {@code runDir} holds no committed run. */
    public static StageDirectory open(Configuration conf, String runDir, String stage) throws IOException {
        Path run = new Path(runDir);
        FileSystem fs = run.getFileSystem(conf);
        run = fs.makeQualified(run);
        if (!fs.exists(new Path(run, "manifest.json"))) {
            throw new IOException("Cannot add " + stage + " to " + run + ": no manifest.json (not a committed run directory)");
        }
        StageDirectory dir = new StageDirectory(fs, run, stage);
        fs.delete(dir.tmp(), true);
        fs.mkdirs(dir.tmp());
        return dir;
    }

    /** The run directory (input tables such as {@code cables} and {@code paragraphs} are read from here). */
    public String run(String child) {
        return new Path(run, child).toString();
    }

    /** Where a table or file of this stage is written before the commit. */
    public String tmp(String child) {
        return new Path(tmp(), child).toString();
    }

    public void write(String child, byte[] bytes) throws IOException {
        try (OutputStream out = fs.create(new Path(tmp(), child), true)) {
            out.write(bytes);
        }
    }

    /** Renames the finished stage folder into place; returns its final path. */
    public String commit() throws IOException {
        Path target = new Path(run, stage);
        Path old = new Path(run, "_old-" + stage);
        fs.delete(old, true);
        if (fs.exists(target) && !fs.rename(target, old)) {
            throw new IOException("Cannot move aside " + target);
        }
        if (!fs.rename(tmp(), target)) {
            throw new IOException("Cannot rename " + tmp() + " to " + target);
        }
        fs.delete(old, true);
        return target.toString();
    }

    /** Removes the temporary folder of a stage that failed. */
    public void abandon() {
        try {
            fs.delete(tmp(), true);
        } catch (IOException e) {
            // Already failing; a left-over _tmp- folder is replaced by the next attempt.
        }
    }

    private Path tmp() {
        return new Path(run, "_tmp-" + stage);
    }
}
