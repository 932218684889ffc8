package org.cabletrends.themes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and validates one theme object of a themes file; every error names the theme and the field. */
final class ThemeParser {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final Pattern TAG = Pattern.compile("[A-Z][A-Z0-9]{1,7}");
    private static final Set<String> FIELDS =
            Set.of("id", "label", "description", "terms", "phrases", "exclude", "ignore", "weights", "tags");

    private final JsonNode node;
    private final String name;

    private ThemeParser(JsonNode node, String name) {
        this.node = node;
        this.name = name;
    }

    static ThemeDefinition parse(JsonNode node, int index) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("Invalid theme at index " + index + ": expected a JSON object");
        }
        JsonNode id = node.get("id");
        if (id == null || !id.isTextual() || !ID.matcher(id.textValue()).matches()) {
            throw new IllegalArgumentException("Invalid theme at index " + index
                    + ": field 'id' must be a snake_case string such as 'civil_society' (got " + id + ")");
        }
        return new ThemeParser(node, id.textValue()).read();
    }

    private ThemeDefinition read() {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw invalid(f, "is not a known field (known: " + String.join(", ", FIELDS.stream().sorted()
                        .toList()) + ")");
            }
        }
        List<String> terms = strings("terms", true);
        List<String> phrases = strings("phrases", false);
        for (String t : terms) {
            if (t.strip().contains(" ")) {
                throw invalid("terms", "entry '" + t + "' has several words (put it in 'phrases')");
            }
        }
        for (String p : phrases) {
            if (!p.strip().contains(" ")) {
                throw invalid("phrases", "entry '" + p + "' is a single word (put it in 'terms')");
            }
        }
        List<String> tags = strings("tags", false);
        for (String t : tags) {
            if (!TAG.matcher(t).matches()) {
                throw invalid("tags", "entry '" + t + "' is not an upper-case TAGS code such as 'SMIG'");
            }
        }
        Set<String> known = new HashSet<>(terms);
        known.addAll(phrases);
        return new ThemeDefinition(name, text("label"), text("description"), terms, phrases,
                strings("exclude", false), strings("ignore", false), weights(known), tags);
    }

    private String text(String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.textValue().isBlank()) {
            throw invalid(field, "must be a non-empty string");
        }
        return v.textValue();
    }

    private List<String> strings(String field, boolean required) {
        JsonNode v = node.get(field);
        String expected = required ? "must be a non-empty list of strings" : "must be a list of strings";
        if (v == null && !required) {
            return List.of();
        }
        if (v == null || !v.isArray() || (required && v.isEmpty())) {
            throw invalid(field, expected);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : v) {
            if (!e.isTextual() || e.textValue().isBlank()) {
                throw invalid(field, expected + " (bad entry " + e + ")");
            }
            if (out.contains(e.textValue())) {
                throw invalid(field, "entry '" + e.textValue() + "' is listed twice");
            }
            out.add(e.textValue());
        }
        return out;
    }

    private Map<String, Double> weights(Set<String> known) {
        JsonNode v = node.get("weights");
        if (v == null) {
            return Map.of();
        }
        if (!v.isObject()) {
            throw invalid("weights", "must be an object mapping a term or phrase to a number");
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!known.contains(e.getKey())) {
                throw invalid("weights", "key '" + e.getKey() + "' is not one of the theme's terms or phrases");
            }
            double w = e.getValue().isNumber() ? e.getValue().doubleValue() : Double.NaN;
            if (!(w > 0 && w <= 10)) {
                throw invalid("weights", "weight of '" + e.getKey() + "' must be a number in (0, 10] (got "
                        + e.getValue() + ")");
            }
            out.put(e.getKey(), w);
        }
        return out;
    }

    private IllegalArgumentException invalid(String field, String problem) {
        return new IllegalArgumentException("Invalid theme '" + name + "': field '" + field + "' " + problem);
    }
}
