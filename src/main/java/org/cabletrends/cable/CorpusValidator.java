package org.cabletrends.cable;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.cabletrends.cable.ValidationReport.Disagreement;
import org.cabletrends.cable.ValidationReport.Field;

/**
 * Parses a corpus laid out like {@code ../shared/corpus} and checks the parsed refid, origin, classification and
 * date against the metadata published beside the texts. Sources: {@code site}, {@code site-dec2010-variants},
 * {@code site-later-release}, {@code flattened} (each a directory of {@code <name>.txt} plus {@code <dir>.tsv}),
 * {@code plusd} (no TSV: checked against {@code site.tsv} by file name; the refid alone against the file name when
 * site.tsv has no such row) and {@code cables.csv} (checked against
 * {@code site.tsv} by its refid column, and against the cable parsed from {@code site/<refid>.txt}). Missing sources
 * are skipped. Rules:
 * <ul>
 * <li>refid: the canonical id equals the published refid exactly;</li>
 * <li>origin: the readable origin equals the published origin, ignoring case;</li>
 * <li>classification: the level equals the published level, caveats after {@code //} ignored
 * ({@link Classification#fromLabel}: {@code SECRET//NOFORN} is SECRET, while
 * {@code UNCLASSIFIED//FOR OFFICIAL USE ONLY} is its own level);</li>
 * <li>date: the DTG's UTC date is within one day of the published creation date.</li>
 * </ul>
 * A field is compared only when the published value is present. Deterministic: sources and files in a fixed order.
 */
public final class CorpusValidator {
    /** Sources that come as a directory of texts with a metadata TSV of the same name. */
    static final List<String> TSV_SOURCES = List.of("site", "site-dec2010-variants", "site-later-release", "flattened");
    private static final Set<SourceForm> HEADERLESS =
            EnumSet.of(SourceForm.PARTIAL_EXTRACT, SourceForm.FLATTENED, SourceForm.FRAGMENT);
    /** Cable components the CSV/site comparison ignores: they name the source, not the cable. */
    private static final Set<String> IGNORED = Set.of("sourceId", "form");

    /** What parses one text; {@link CableParser#parse(String, byte[])} unless a test stubs it. */
    @FunctionalInterface
    public interface Parser {
        ParseResult parse(String sourceId, byte[] bytes);
    }

    private final Parser parser;

    public CorpusValidator() {
        this(CableParser::parse);
    }

    public CorpusValidator(Parser parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    /**
     * Whether the parsed text has a routing header or classification line: its form is not a headerless one
     * (PARTIAL_EXTRACT, FLATTENED, FRAGMENT). UNKNOWN counts as having a header, so a parser that fails to recognise
     * a text cannot drop it from the checked set.
     */
    public static boolean hasHeader(Cable cable) {
        return cable.form() == null || !HEADERLESS.contains(cable.form());
    }

    public ValidationReport validate(Path corpus) throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new IOException("Cannot read corpus: " + corpus + " is not a directory");
        }
        List<Disagreement> disagreements = new ArrayList<>();
        List<ValidationReport.SourceStats> stats = new ArrayList<>();
        Map<String, PublishedMetadata> site = new HashMap<>();
        Map<String, Cable> siteCables = new HashMap<>();
        for (String name : TSV_SOURCES) {
            Path dir = corpus.resolve(name);
            Path tsv = corpus.resolve(name + ".tsv");
            if (Files.isDirectory(dir) && Files.isRegularFile(tsv)) {
                Tally tally = new Tally(name, disagreements);
                for (PublishedMetadata meta : PublishedMetadata.readTsv(tsv)) {
                    Cable cable = parseFile(tally, dir, meta.file(), meta.refid());
                    tally.compare(cable, meta, meta.refid());
                    if (name.equals("site")) {
                        site.put(meta.refid(), meta);
                        siteCables.put(meta.refid(), cable);
                    }
                }
                stats.add(tally.stats());
            }
        }
        validatePlusd(corpus.resolve("plusd"), site, disagreements).ifPresent(stats::add);
        ValidationReport.CsvVsSite csvVsSite = null;
        Path csv = corpus.resolve("cables.csv");
        if (Files.isRegularFile(csv)) {
            Tally tally = new Tally("cables.csv", disagreements);
            csvVsSite = validateCsv(csv, tally, site, siteCables);
            stats.add(tally.stats());
        }
        return new ValidationReport(stats, disagreements, csvVsSite);
    }

    private Optional<ValidationReport.SourceStats> validatePlusd(Path dir, Map<String, PublishedMetadata> site,
            List<Disagreement> disagreements) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        Tally tally = new Tally("plusd", disagreements);
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            String stem = f.getFileName().toString().replaceFirst("\\.txt$", "");
            // Without a site.tsv row the file name is the only published label: check the refid against it.
            PublishedMetadata meta = site.getOrDefault(stem, new PublishedMetadata(stem, stem, null, null, null));
            tally.compare(parseFile(tally, dir, stem, stem), meta, stem);
        }
        return Optional.of(tally.stats());
    }

    private ValidationReport.CsvVsSite validateCsv(Path csv, Tally tally, Map<String, PublishedMetadata> site,
            Map<String, Cable> siteCables) throws IOException {
        int[] compared = {0, 0};
        CablesCsvReader.read(csv, row -> {
            byte[] text = row.cableText().getBytes(StandardCharsets.UTF_8);
            Cable cable = tally.parse(parser, "cables.csv#" + row.row(), text, row.refid());
            tally.compare(cable, site.get(row.refid()), row.refid());
            Cable fromSite = siteCables.get(row.refid());
            if (cable != null && fromSite != null) {
                compared[0]++;
                String diff = firstDifference(cable, fromSite);
                if (diff == null) {
                    compared[1]++;
                } else {
                    tally.disagree(row.refid(), "cable_vs_site:" + diff, component(cable, diff),
                            component(fromSite, diff));
                }
            }
        }, error -> tally.rowError(error));
        return new ValidationReport.CsvVsSite(compared[0], compared[1]);
    }

    private Cable parseFile(Tally tally, Path dir, String stem, String refid) throws IOException {
        Path file = dir.resolve(stem + ".txt");
        if (!Files.isRegularFile(file)) {
            tally.disagree(refid, "file", null, file.getFileName().toString());
            return null;
        }
        // The source id names the file but is not a bare id, so the parser cannot take the refid from the file name:
        // validation measures what the text itself says.
        return tally.parse(parser, dir.getFileName() + "/" + file.getFileName() + "#text", Files.readAllBytes(file), refid);
    }

    /** Whether the parsed field agrees with the published value (which must be present). */
    static boolean agrees(Field field, Cable c, PublishedMetadata m) {
        return switch (field) {
            case REFID -> m.refid().equals(c.refid());
            case ORIGIN -> c.origin() != null && c.origin().trim().equalsIgnoreCase(m.origin());
            case CLASSIFICATION -> c.classification() != null
                    && Classification.fromLabel(m.classification()).orElse(null) == c.classification();
            case DATE -> c.dtg() != null && m.createdDate() != null && Math.abs(ChronoUnit.DAYS.between(
                    LocalDate.ofInstant(c.dtg(), ZoneOffset.UTC), m.createdDate())) <= 1;
        };
    }

    static String parsedValue(Field field, Cable c) {
        return switch (field) {
            case REFID -> c.refid();
            case ORIGIN -> c.origin();
            case CLASSIFICATION -> c.classification() == null ? null : c.classification().label();
            case DATE -> c.dtg() == null ? null : c.dtg().toString();
        };
    }

    static String publishedValue(Field field, PublishedMetadata m) {
        return switch (field) {
            case REFID -> m.refid();
            case ORIGIN -> m.origin();
            case CLASSIFICATION -> m.classification();
            case DATE -> m.created();
        };
    }

    /**
     * The name of the first record component in which two cables differ, ignoring sourceId, form and paragraph
     * spans (offsets depend on the layout of the source text); null when they are the same cable.
     */
    static String firstDifference(Cable a, Cable b) {
        for (RecordComponent rc : Cable.class.getRecordComponents()) {
            if (!IGNORED.contains(rc.getName()) && !Objects.equals(comparable(a, rc.getName()),
                    comparable(b, rc.getName()))) {
                return rc.getName();
            }
        }
        return null;
    }

    private static Object comparable(Cable c, String name) {
        if (name.equals("paragraphs")) {
            return c.paragraphs().stream().map(p -> new Paragraph(p.number(), p.marking(), p.heading(), p.text(), 0, 0))
                    .toList();
        }
        try {
            return Cable.class.getMethod(name).invoke(c);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read Cable." + name, e);
        }
    }

    private static String component(Cable c, String name) {
        return String.valueOf(comparable(c, name));
    }
}
