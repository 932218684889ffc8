package org.cabletrends.config;

/** A configuration that cannot be used: unknown key, bad value, unreadable file. Jobs exit with 2 on it. */
public class ConfigException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
