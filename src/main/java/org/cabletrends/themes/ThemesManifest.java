package org.cabletrends.themes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cabletrends.config.CablesConfig;
import org.cabletrends.ingest.JobSupport;
import org.cabletrends.trends.TrendOptions;

/** {@code themes/manifest.json}: rows per table, cables in the run and scored, settings, themes file, seconds. */
final class ThemesManifest {
    private ThemesManifest() {
    }

    static byte[] json(ThemesResult r, CablesConfig config, TrendOptions o, ThemesFile themes, String sparkVersion)
            throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stage", ScoreThemes.STAGE);
        m.put("status", r.ok() ? "ok" : "failed");
        m.put("run_dir", r.runDir());
        m.put("started_at", r.startedAt().toString());
        m.put("finished_at", r.finishedAt().toString());
        Map<String, Object> cables = new LinkedHashMap<>();
        cables.put("in_run", r.cables());
        cables.put("scored", r.cablesScored());
        m.put("cables", cables);
        m.put("rows", r.rows());
        m.put("stage_seconds", r.stageSeconds());
        m.put("stage_cpu_seconds", r.stageCpuSeconds());
        m.put("config", settings(config, o));
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("source", themes.source());
        file.put("version", themes.definitions().version());
        file.put("sha256", themes.sha256());
        file.put("themes", themes.definitions().ids());
        m.put("themes_file", file);
        Map<String, Object> versions = new LinkedHashMap<>();
        versions.put("cabletrends", JobSupport.projectVersion());
        versions.put("spark", sparkVersion);
        versions.put("java", System.getProperty("java.version"));
        m.put("versions", versions);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(m);
    }

    /** The configured theme settings and every trend option derived from them. */
    private static Map<String, Object> settings(CablesConfig config, TrendOptions o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run_dir", config.runDir());
        m.put("master", config.master());
        m.put("themes_file", config.themes().themesFile());
        m.put("theme_threshold", o.detectionThreshold());
        m.put("trend_min_cables", o.minCables());
        m.put("burst_rate", o.burstRate());
        m.put("burst_gamma", o.burstGamma());
        m.put("trailing_periods", o.trailingPeriods());
        m.put("min_trailing", o.minTrailing());
        m.put("top_terms", o.topTerms());
        m.put("evidence_cables", o.evidenceCables());
        m.put("min_post_theme_cables", o.minPostThemeCables());
        return m;
    }
}
