package org.cabletrends.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cabletrends.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link TokensFileSpark} reads what {@link TokensFile} reads: same documents, order, refids and counts. */
class TokensFileSparkTest {
    @Test
    void sameDocumentsAndCountsAsTheJavaReader(@TempDir Path dir) throws IOException {
        SparkSession spark = SparkTestSession.get();
        Path plain = Files.write(dir.resolve("tokens.tsv"), TokensFileTest.mixedLines());
        Path gz = dir.resolve("tokens.tsv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(TokensFileTest.mixedLines());
        }
        for (Path file : List.of(plain, gz)) {
            Dataset<Row> docs = TokensFileSpark.read(spark, file.toString());
            assertThat(docs.schema()).isEqualTo(TokensFileSpark.SCHEMA);
            TokensFileTest.assertMixed(documents(docs));
            assertThat(TokensFileSpark.count(spark, file.toString())).isEqualTo(TokensFile.readAll(file).counts());
        }
    }

    @Test
    void lineNumbersHoldAcrossSplits(@TempDir Path dir) throws IOException {
        // Enough tokens-only lines that the Hadoop reader makes two splits of the plain file.
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 3000; i++) {
            text.append(i % 7 == 0 ? "r" + i + "\tx" : "w" + i).append('\n');
        }
        Path file = Files.writeString(dir.resolve("many.tsv"), text);
        List<TokensFile.Document> docs = documents(TokensFileSpark.read(SparkTestSession.get(), file.toString()));
        assertThat(docs).isEqualTo(TokensFile.readAll(file).documents());
        assertThat(docs.get(40)).isEqualTo(new TokensFile.Document("41", List.of("w41")));
        assertThat(docs.get(41)).isEqualTo(new TokensFile.Document("r42", List.of("x")));
        assertThat(SparkTestSession.get().sparkContext().textFile(file.toString(), 2).getNumPartitions())
                .as("the file is read in several splits").isGreaterThan(1);
    }

    static List<TokensFile.Document> documents(Dataset<Row> docs) {
        return docs.collectAsList().stream()
                .map(r -> new TokensFile.Document(r.getString(0), r.<String>getList(1))).toList();
    }
}
