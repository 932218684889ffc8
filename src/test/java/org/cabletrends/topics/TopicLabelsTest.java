package org.cabletrends.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicLabelsTest {
    private static final Map<Integer, List<String>> TOPICS = Map.of(
            3, List.of("visa", "migration", "border", "asylum"),
            7, List.of("election", "election", "ballot", "party"),
            12, List.of("oil", "gas", "pipeline"));

    @Test
    void defaultsFromTopWordsAndUserLabelsByStableId() {
        TopicLabels labels = TopicLabels.parse("""
                # edited by hand
                3\tMigration and visas

                  12 \t  Energy  \r
                40\tA topic retired since
                """, "labels.tsv");
        TopicLabels.Result r = labels.apply(TOPICS);
        assertThat(r.labels()).containsExactly(
                new TopicLabels.Label(3, "Migration and visas", true),
                new TopicLabels.Label(7, "election / ballot / party", false),
                new TopicLabels.Label(12, "Energy", true));
        assertThat(r.unknownIds()).containsExactly(40);
    }

    @Test
    void defaultLabelTakesThreeDistinctWords() {
        assertThat(TopicLabels.defaultLabel(List.of("a", "b"))).isEqualTo("a / b");
        assertThat(TopicLabels.defaultLabel(List.of("human rights", "ngo", "ngo", "press", "law")))
                .isEqualTo("human rights / ngo / press");
        assertThat(TopicLabels.none().apply(TOPICS).unknownIds()).isEmpty();
    }

    @Test
    void templateRoundTrips(@TempDir Path dir) throws IOException {
        TopicLabels.Result defaults = TopicLabels.none().apply(TOPICS);
        Path file = Files.writeString(dir.resolve("labels.tsv"), TopicLabels.toTsv(defaults.labels()));
        TopicLabels.Result again = TopicLabels.load(file).apply(TOPICS);
        assertThat(again.labels()).extracting(TopicLabels.Label::label)
                .isEqualTo(defaults.labels().stream().map(TopicLabels.Label::label).toList());
        assertThat(again.labels()).allMatch(TopicLabels.Label::user);
    }

    @Test
    void badLinesNameTheFileAndLine() {
        assertBad("3 Migration", "line 1: expected id<TAB>label, found no TAB in '3 Migration'");
        assertBad("# c\n\nx3\tMigration", "line 3: id 'x3' is not a non-negative integer of at most 9 digits");
        assertBad("-1\tMigration", "line 1: id '-1' is not a non-negative integer of at most 9 digits");
        assertBad("99999999999\tBig", "line 1: id '99999999999' is not a non-negative integer of at most 9 digits");
        assertBad("3\t  ", "line 1: the label of id 3 is blank");
        assertBad("3\ta\tb", "line 1: expected id<TAB>label, found more than one TAB");
        assertBad("3\ta\u0007b", "line 1: the label of id 3 has a control character");
        assertBad("3\tA\n4\tB\n3\tC", "line 3: id 3 is already labelled on line 1");
    }

    private static void assertBad(String text, String message) {
        assertThatThrownBy(() -> TopicLabels.parse(text, "my.tsv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid labels file my.tsv: " + message);
    }

    @Test
    void unreadableFiles(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> TopicLabels.load(dir.resolve("none.tsv")))
                .hasMessageStartingWith("Cannot read labels file " + dir.resolve("none.tsv"));
        Path latin1 = Files.write(dir.resolve("l1.tsv"), new byte[] {'1', '\t', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> TopicLabels.load(latin1))
                .hasMessage("Invalid labels file " + latin1 + ": not UTF-8 text");
        Path bom = Files.writeString(dir.resolve("bom.tsv"), "\uFEFF3\tMigration\n");
        assertThat(TopicLabels.load(bom).user()).containsEntry(3, "Migration");
    }
}
