package org.cabletrends.cable;

/** What a TAGS code names, following the State Department's TAGS/terms handbook families. */
public enum TagKind {
    /** Subject tags such as PGOV, PHUM, SOCI, ECON (four letters starting with a subject prefix). */
    SUBJECT,
    /** Program tags starting with K, such as KDEM, KIRF, KPAO. */
    PROGRAM,
    /** Two-letter country or geographic codes such as KZ, US. */
    GEOGRAPHIC,
    /** Organisations such as UN, NATO, EU, OSCE, political parties. */
    ORGANISATION,
    /** Person names, e.g. {@code ZINNI, ANTHONY}, {@code OVIP (RICE, CONDOLEEZZA)}. */
    PERSON,
    UNKNOWN
}
