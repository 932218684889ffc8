package org.cabletrends.cable;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
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
 * JSON rendering of a parse result for the golden files: every record component in declaration order, snake_case
 * names, enums by name, {@code java.time} values in ISO form, then the issues.
 * TODO switch {@link #tree} to org.cabletrends.cable.CableJson once it lands on main (cli-validate branch), so the
 * golden files show exactly what `cabletrends validate` prints; {@link #redactText} and the comparison stay.
 */
final class GoldenJson {
    static final ObjectMapper MAPPER = new ObjectMapper();
    /** Long free-text fields replaced by a fingerprint for real (seed) cables, whose text must not enter the repo. */
    private static final Set<String> TEXT_FIELDS = Set.of("body", "text", "summary", "comments");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private GoldenJson() {
    }

    /** The result as a JSON tree: {@code {"cable": {...}, "issues": [...]}}. */
    static ObjectNode tree(ParseResult result) {
        ObjectNode root = NODES.objectNode();
        root.set("cable", toNode(result.cable()));
        root.set("issues", toNode(result.issues()));
        return root;
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
                .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
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

    private static JsonNode toNode(Object value) {
        if (value == null) {
            return NODES.nullNode();
        } else if (value instanceof Integer i) {
            return NODES.numberNode(i);
        } else if (value instanceof Enum<?> e) {
            return TextNode.valueOf(e.name());
        } else if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(item -> array.add(toNode(item)));
            return array;
        } else if (value instanceof Record record) {
            return recordNode(record);
        }
        return TextNode.valueOf(value.toString());
    }

    private static ObjectNode recordNode(Record record) {
        ObjectNode object = NODES.objectNode();
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            try {
                object.set(snakeCase(c.getName()), toNode(c.getAccessor().invoke(record)));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read " + c.getName() + " of " + record.getClass(), e);
            }
        }
        return object;
    }

    static String snakeCase(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
