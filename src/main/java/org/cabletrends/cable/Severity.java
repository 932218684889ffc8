package org.cabletrends.cable;

/** How much a parse issue matters: INFO notes a normal variation, WARNING a guess, ERROR a missing or unusable field. */
public enum Severity { INFO, WARNING, ERROR }
