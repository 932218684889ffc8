package org.cabletrends.ingest;

/** What ingest needs of one cables.csv record: the row id, the date and refid columns, and the cable text. */
public record CsvFields(String id, String date, String refid, String text) {
}
