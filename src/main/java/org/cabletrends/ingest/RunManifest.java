package org.cabletrends.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.cabletrends.config.CablesConfig;

/** The run's {@code manifest.json}: inputs, rows per table, config, versions, stage seconds, times, status. */
final class RunManifest {
    private RunManifest() {
    }

    static byte[] json(IngestResult r, CablesConfig config, String sparkVersion) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run_id", r.runId());
        m.put("status", r.ok() ? "ok" : "failed");
        if (r.message() != null) {
            m.put("message", r.message());
        }
        m.put("started_at", r.startedAt().toString());
        m.put("finished_at", r.finishedAt().toString());
        IngestResult.Inputs in = r.inputs();
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("cable_files", in.cableFiles());
        inputs.put("csv_files", in.csvFiles());
        inputs.put("csv_rows", in.csvRows());
        inputs.put("skipped_files", in.skippedFiles());
        inputs.put("bytes", in.bytes());
        inputs.put("units", in.units());
        m.put("inputs", inputs);
        m.put("rows", r.rows());
        m.put("stage_seconds", r.stageSeconds());
        m.put("config", config.toMap());
        Map<String, Object> versions = new LinkedHashMap<>();
        versions.put("cabletrends", version());
        versions.put("spark", sparkVersion);
        versions.put("java", System.getProperty("java.version"));
        m.put("versions", versions);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(m);
    }

    /** The project version from the jar's Maven properties, or "dev" when run from classes. */
    static String version() {
        try (InputStream in = RunManifest.class.getResourceAsStream(
                "/META-INF/maven/org.cabletrends/cabletrends/pom.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
