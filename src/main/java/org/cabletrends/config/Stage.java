package org.cabletrends.config;

import java.util.Locale;

/** Stages of {@code cabletrends run}, in the order they run. */
public enum Stage {
    INGEST, THEMES, TOPICS;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
