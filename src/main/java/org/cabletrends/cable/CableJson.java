package org.cabletrends.cable;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

/**
 * The JSON form of a parse result: one object, snake_case keys in a fixed order (the order of {@link #FIELDS}),
 * absent values written as {@code null}, lists always present, {@code dtg} as ISO-8601 UTC, {@code classification}
 * as its label, {@code form} as the enum name. Used by {@code cabletrends parse} and for golden files, so the same
 * result always gives the same bytes.
 */
public final class CableJson {
    /** Top-level keys in output order. */
    public static final List<String> FIELDS = List.of("refid_as_written", "refid", "dtg_as_written", "dtg",
            "precedence", "origin_as_written", "origin", "to", "info", "classification_as_written", "classification",
            "caveats", "section", "section_count", "eo_line", "declassify_on", "tags", "subject", "subject_display",
            "references", "classified_by", "reasons", "summary", "comments", "signers", "body", "paragraphs",
            "issues", "source_id", "form");

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private CableJson() {
    }

    /** The result as one line of JSON (no line breaks: strings escape them), or indented when {@code pretty}. */
    public static String toJson(ParseResult result, boolean pretty) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            if (pretty) {
                DefaultIndenter indenter = new DefaultIndenter("  ", "\n"); // not the platform's line end
                g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter)
                        .withArrayIndenter(indenter));
            }
            write(g, result);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write JSON for " + result.cable().sourceId(), e);
        }
        return out.toString();
    }

    /** Writes the result as one JSON object to {@code g}. */
    public static void write(JsonGenerator g, ParseResult result) throws IOException {
        Cable c = result.cable();
        g.writeStartObject();
        g.writeStringField("refid_as_written", c.refidAsWritten());
        g.writeStringField("refid", c.refid());
        g.writeStringField("dtg_as_written", c.dtgAsWritten());
        g.writeStringField("dtg", c.dtg() == null ? null : c.dtg().toString());
        g.writeStringField("precedence", c.precedence());
        g.writeStringField("origin_as_written", c.originAsWritten());
        g.writeStringField("origin", c.origin());
        strings(g, "to", c.to());
        strings(g, "info", c.info());
        g.writeStringField("classification_as_written", c.classificationAsWritten());
        g.writeStringField("classification", c.classification() == null ? null : c.classification().label());
        strings(g, "caveats", c.caveats());
        integer(g, "section", c.section());
        integer(g, "section_count", c.sectionCount());
        g.writeStringField("eo_line", c.eoLine());
        g.writeStringField("declassify_on", c.declassifyOn() == null ? null : c.declassifyOn().toString());
        tags(g, c.tags());
        g.writeStringField("subject", c.subject());
        g.writeStringField("subject_display", c.subjectDisplay());
        references(g, c.references());
        g.writeStringField("classified_by", c.classifiedBy());
        g.writeStringField("reasons", c.reasons());
        g.writeStringField("summary", c.summary());
        strings(g, "comments", c.comments());
        strings(g, "signers", c.signers());
        g.writeStringField("body", c.body());
        paragraphs(g, c.paragraphs());
        issues(g, result.issues());
        g.writeStringField("source_id", c.sourceId());
        g.writeStringField("form", c.form() == null ? null : c.form().name());
        g.writeEndObject();
    }

    private static void integer(JsonGenerator g, String name, Integer value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value);
        }
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void tags(JsonGenerator g, List<Tag> tags) throws IOException {
        g.writeArrayFieldStart("tags");
        for (Tag t : tags) {
            g.writeStartObject();
            g.writeStringField("code", t.code());
            g.writeStringField("kind", t.kind().name());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void references(JsonGenerator g, List<Reference> references) throws IOException {
        g.writeArrayFieldStart("references");
        for (Reference r : references) {
            g.writeStartObject();
            g.writeStringField("letter", r.letter());
            g.writeStringField("text", r.text());
            strings(g, "refids", r.refids());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void paragraphs(JsonGenerator g, List<Paragraph> paragraphs) throws IOException {
        g.writeArrayFieldStart("paragraphs");
        for (Paragraph p : paragraphs) {
            g.writeStartObject();
            g.writeNumberField("number", p.number());
            g.writeStringField("marking", p.marking());
            g.writeStringField("heading", p.heading());
            g.writeStringField("text", p.text());
            g.writeNumberField("start", p.start());
            g.writeNumberField("end", p.end());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void issues(JsonGenerator g, List<ParseIssue> issues) throws IOException {
        g.writeArrayFieldStart("issues");
        for (ParseIssue i : issues) {
            g.writeStartObject();
            g.writeStringField("code", i.code().name());
            g.writeStringField("severity", i.severity().name());
            g.writeNumberField("line", i.line());
            g.writeNumberField("column", i.column());
            g.writeStringField("message", i.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
