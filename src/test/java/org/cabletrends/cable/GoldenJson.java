package org.cabletrends.cable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Golden-file JSON: the {@link CableJson} form of a parse result (what {@code cabletrends parse} prints), pretty
 * printed with LF line ends; for real cables the free text can be replaced by fingerprints.
 */
final class GoldenJson {
    static final ObjectMapper MAPPER = new ObjectMapper();
    /** Long free-text fields replaced by a fingerprint for real (seed) cables, whose text must not enter the repo. */
    private static final Set<String> TEXT_FIELDS = Set.of("body", "text", "summary", "comments");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private GoldenJson() {
    }

    /** The result as {@link CableJson} writes it, as a tree (so comparison ignores formatting). */
    static ObjectNode tree(ParseResult result) {
        try {
            return (ObjectNode) MAPPER.readTree(CableJson.toJson(result, false));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read CableJson output for " + result.cable().sourceId(), e);
        }
    }

    /** Replaces free text by its length and SHA-256 so the expected file holds no cable text but still pins it. */
    static JsonNode redactText(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> {
                JsonNode child = object.get(name);
                object.set(name, TEXT_FIELDS.contains(name) ? fingerprintAll(child) : redactText(child));
            });
        } else if (node instanceof ArrayNode array) {
            array.forEach(GoldenJson::redactText);
        }
        return node;
    }

    static String pretty(JsonNode node) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot render JSON: " + e.getMessage(), e);
        }
    }

    private static JsonNode fingerprintAll(JsonNode node) {
        if (node instanceof ArrayNode array) {
            ArrayNode out = NODES.arrayNode();
            array.forEach(n -> out.add(fingerprintAll(n)));
            return out;
        }
        return node.isTextual() ? TextNode.valueOf(fingerprint(node.asText())) : node;
    }

    static String fingerprint(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "redacted: " + text.length() + " chars, sha256 " + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot hash: SHA-256 missing", e);
        }
    }
}
