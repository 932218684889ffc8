package org.cabletrends.cable;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@link CorpusValidator} found: per source, how often the parsed fields agree with the published metadata,
 * over all cables and over the cables whose text has a header; every disagreement; and how many parses threw.
 *
 * @param sources       one entry per source read, in a fixed order
 * @param disagreements every comparison that failed, plus CSV row errors and exceptions
 * @param csvVsSite     CSV rows whose cable equals the one parsed from the site page (null without cables.csv)
 */
public record ValidationReport(List<SourceStats> sources, List<Disagreement> disagreements, CsvVsSite csvVsSite) {
    public ValidationReport {
        sources = List.copyOf(sources);
        disagreements = List.copyOf(disagreements);
    }

    /** The fields compared with the published metadata; names as in the JSON. */
    public enum Field {
        REFID, ORIGIN, CLASSIFICATION, DATE;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How many comparisons were made and how many agreed. */
    public record Agreement(int compared, int agreed) {
        public static final Agreement NONE = new Agreement(0, 0);

        public Agreement plus(Agreement other) {
            return new Agreement(compared + other.compared, agreed + other.agreed);
        }

        /** Percent agreed; 0 when nothing was compared (so a floor cannot pass on an empty set). */
        public double percent() {
            return compared == 0 ? 0 : 100.0 * agreed / compared;
        }
    }

    /**
     * Results for one source.
     *
     * @param cables     cables (files or CSV rows) read
     * @param withHeader cables whose parsed text has a routing header or classification line (see
     *                   {@link CorpusValidator#hasHeader})
     * @param all        agreement per field over all cables
     * @param header     agreement per field over the cables with a header
     * @param exceptions parses that threw
     * @param rowErrors  malformed CSV rows
     */
    public record SourceStats(String source, int cables, int withHeader, Map<Field, Agreement> all,
            Map<Field, Agreement> header, int exceptions, int rowErrors) {
        public SourceStats {
            all = Map.copyOf(all);
            header = Map.copyOf(header);
        }

        public Agreement all(Field f) {
            return all.getOrDefault(f, Agreement.NONE);
        }

        public Agreement header(Field f) {
            return header.getOrDefault(f, Agreement.NONE);
        }
    }

    /** One failed comparison; {@code field} is a {@link Field} key, {@code exception}, {@code csv_row} or {@code cable_vs_site:<component>}. */
    public record Disagreement(String source, String refid, String field, String parsed, String published) {
    }

    /** CSV rows compared with the cable parsed from {@code site/<refid>.txt}, ignoring sourceId, form and spans. */
    public record CsvVsSite(int compared, int identical) {
    }

    /** All sources added up. */
    public SourceStats total() {
        Map<Field, Agreement> all = new EnumMap<>(Field.class);
        Map<Field, Agreement> header = new EnumMap<>(Field.class);
        int cables = 0;
        int withHeader = 0;
        int exceptions = 0;
        int rowErrors = 0;
        for (SourceStats s : sources) {
            cables += s.cables();
            withHeader += s.withHeader();
            exceptions += s.exceptions();
            rowErrors += s.rowErrors();
            for (Field f : Field.values()) {
                all.merge(f, s.all(f), Agreement::plus);
                header.merge(f, s.header(f), Agreement::plus);
            }
        }
        return new SourceStats("total", cables, withHeader, all, header, exceptions, rowErrors);
    }

    public int exceptions() {
        return total().exceptions();
    }

    /** Longest value written to the disagreements TSV; longer ones (whole bodies) are cut. */
    static final int MAX_TSV_VALUE = 300;

    /**
     * Writes the disagreements as TSV with a header row: source, refid, field, parsed, published. Tabs, line breaks
     * and backslashes in values are written as {@code \t}, {@code \n}, {@code \r}, {@code \\}; null as empty.
     */
    public void writeDisagreements(Writer out) throws IOException {
        out.write("source\trefid\tfield\tparsed\tpublished\n");
        for (Disagreement d : disagreements) {
            out.write(String.join("\t", tsv(d.source()), tsv(d.refid()), tsv(d.field()), tsv(d.parsed()),
                    tsv(d.published())));
            out.write('\n');
        }
    }

    private static String tsv(String value) {
        if (value == null) {
            return "";
        }
        String v = value.length() > MAX_TSV_VALUE ? value.substring(0, MAX_TSV_VALUE) + "..." : value;
        return v.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** A fixed-width table: one line per source and field, then the totals and the CSV comparison. */
    public String formatTable() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-22s %7s %7s %-15s %9s %9s %7s %9s %9s %7s%n",
                "source", "cables", "header", "field", "compared", "agreed", "%", "hdr_comp", "hdr_agr", "hdr_%"));
        List<SourceStats> rows = new ArrayList<>(sources);
        rows.add(total());
        for (SourceStats s : rows) {
            for (Field f : Field.values()) {
                Agreement a = s.all(f);
                Agreement h = s.header(f);
                out.append(String.format(Locale.ROOT, "%-22s %7d %7d %-15s %9d %9d %7.2f %9d %9d %7.2f%n", s.source(),
                        s.cables(), s.withHeader(), f.key(), a.compared(), a.agreed(), a.percent(), h.compared(),
                        h.agreed(), h.percent()));
            }
        }
        if (csvVsSite != null) {
            out.append(String.format(Locale.ROOT, "cables.csv rows parsing to the same cable as site/<refid>.txt: "
                    + "%d of %d (%.2f%%)%n", csvVsSite.identical(), csvVsSite.compared(),
                    new Agreement(csvVsSite.compared(), csvVsSite.identical()).percent()));
        }
        SourceStats t = total();
        out.append(String.format(Locale.ROOT, "malformed csv rows: %d%nexceptions: %d%ndisagreements: %d%n",
                t.rowErrors(), t.exceptions(), disagreements.size()));
        return out.toString();
    }
}
