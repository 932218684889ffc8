package org.cabletrends.ingest;

/** A few lines for the console after a run. */
public final class IngestSummary {
    private IngestSummary() {
    }

    public static String text(IngestResult r) {
        StringBuilder s = new StringBuilder();
        s.append("run ").append(r.runId()).append(": ").append(r.ok() ? "ok" : "FAILED").append('\n');
        s.append("run_dir ").append(r.runDir()).append('\n');
        if (r.message() != null) {
            s.append(r.message()).append('\n');
        }
        IngestResult.Inputs in = r.inputs();
        s.append(String.format("inputs: cable_files=%d csv_files=%d csv_rows=%d skipped_files=%d bytes=%d units=%d%n",
                in.cableFiles(), in.csvFiles(), in.csvRows(), in.skippedFiles(), in.bytes(), in.units()));
        s.append("rows:");
        r.rows().forEach((t, n) -> s.append(' ').append(t).append('=').append(n));
        s.append("\nseconds:");
        r.stageSeconds().forEach((t, n) -> s.append(' ').append(t).append('=').append(n));
        return s.toString();
    }
}
