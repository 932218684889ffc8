package org.cabletrends.cable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CableJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static ParseResult fullResult() {
        Cable cable = new Cable("x/08EXAMPLE101.txt", SourceForm.SITE, "EXAMPLE 000101", "08EXAMPLE101",
                "311503Z JAN 08", Instant.parse("2008-01-31T15:03:00Z"), "ROUTINE", "AMEMBASSY EXAMPLE",
                "Embassy Example", List.of("SECSTATE WASHDC"), List.of("AMEMBASSY SAMPLE"), "C O N F I D E N T I A L",
                Classification.UNCLASSIFIED_SENSITIVE, List.of("SIPDIS"), 1, 2, "E.O. 12958: DECL: 01/31/2018",
                LocalDate.of(2018, 1, 31), List.of(new Tag("PGOV", TagKind.SUBJECT), new Tag("XX", null)),
                "AN INVENTED \"SUBJECT\"", "An Invented \"Subject\"",
                List.of(new Reference("A", "EXAMPLE 99", List.of("07EXAMPLE99"))), "Someone, reason 1.4",
                "1.4 (b) and (d)", "Summary text.", List.of("Comment one."), List.of("DOE"),
                "Body line one.\nBody line two.", List.of(new Paragraph(1, "C", null, "Body line one.", 10, 24)));
        return new ParseResult(cable, List.of(new ParseIssue(IssueCode.MISSING_SIGNER, Severity.WARNING, 3, 4,
                "Cannot find a signer")));
    }

    @Test
    void writesEveryFieldInTheDocumentedOrder() throws Exception {
        String json = CableJson.toJson(fullResult(), false);
        JsonNode node = MAPPER.readTree(json);

        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).isEqualTo(CableJson.FIELDS);
        assertThat(json).doesNotContain("\n");
        assertThat(node.get("dtg").asText()).isEqualTo("2008-01-31T15:03:00Z");
        assertThat(node.get("classification").asText()).isEqualTo("UNCLASSIFIED//FOR OFFICIAL USE ONLY");
        assertThat(node.get("declassify_on").asText()).isEqualTo("2018-01-31");
        assertThat(node.get("section_count").asInt()).isEqualTo(2);
        assertThat(node.get("tags").get(1).toString()).isEqualTo("{\"code\":\"XX\",\"kind\":\"UNKNOWN\"}");
        assertThat(node.get("references").get(0).get("refids").get(0).asText()).isEqualTo("07EXAMPLE99");
        assertThat(node.get("paragraphs").get(0).toString()).isEqualTo(
                "{\"number\":1,\"marking\":\"C\",\"heading\":null,\"text\":\"Body line one.\",\"start\":10,\"end\":24}");
        assertThat(node.get("issues").get(0).toString()).isEqualTo("{\"code\":\"MISSING_SIGNER\","
                + "\"severity\":\"WARNING\",\"line\":3,\"column\":4,\"message\":\"Cannot find a signer\"}");
        assertThat(node.get("subject").asText()).isEqualTo("AN INVENTED \"SUBJECT\"");
        assertThat(node.get("form").asText()).isEqualTo("SITE");
    }

    @Test
    void writesAbsentValuesAsNullAndAbsentListsAsEmpty() throws Exception {
        Cable empty = new Cable(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        JsonNode node = MAPPER.readTree(CableJson.toJson(new ParseResult(empty, null), false));

        assertThat(node.size()).isEqualTo(CableJson.FIELDS.size());
        for (String key : CableJson.FIELDS) {
            assertThat(node.get(key).isNull() || node.get(key).isArray()).as(key).isTrue();
        }
        assertThat(node.get("tags").isArray()).isTrue();
        assertThat(node.get("section").isNull()).isTrue();
    }

    @Test
    void prettyFormIsTheSameObjectIndentedWithLineFeeds() throws Exception {
        String pretty = CableJson.toJson(fullResult(), true);

        assertThat(pretty).contains("\n  \"refid\" : \"08EXAMPLE101\"").doesNotContain("\r");
        assertThat(MAPPER.readTree(pretty)).isEqualTo(MAPPER.readTree(CableJson.toJson(fullResult(), false)));
        assertThat(CableJson.toJson(fullResult(), true)).isEqualTo(pretty);
    }
}
