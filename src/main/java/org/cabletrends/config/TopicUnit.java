package org.cabletrends.config;

import java.util.Locale;

/** What one LDA document is. */
public enum TopicUnit {
    CABLE, PARAGRAPH;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
