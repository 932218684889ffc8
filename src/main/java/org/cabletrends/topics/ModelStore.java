package org.cabletrends.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.cabletrends.config.TopicUnit;

/**
 * A topic model folder ({@code <run>/topics/model/}): everything {@code cabletrends score} needs to give new cables
 * the same tokens, vectors and topic ids as the run's own cables.
 *
 * <pre>
 * model.json          optimizer, k, unit, vocabulary size, topic_ids (stable id of each model column), next_topic_id
 * vocabulary.txt      the model's tokens, one a line, in index order
 * phrases.tsv         the phrase list merged into tokens (Phrases.toTsv)
 * display_forms.tsv   token TAB display form, sorted by token
 * mllib/ or gibbs/    the optimizer's own saved model
 * </pre>
 */
final class ModelStore {
    static final int FORMAT = 1;

    private ModelStore() {
    }

    static void save(Configuration conf, String dir, SavedModel m) throws IOException {
        Path base = new Path(dir);
        FileSystem fs = base.getFileSystem(conf);
        fs.mkdirs(base);
        m.model().save(new Path(base, folder(m.model().optimizer())).toString());
        write(fs, new Path(base, "vocabulary.txt"), String.join("\n", m.vocabulary()) + "\n");
        write(fs, new Path(base, "phrases.tsv"), m.phrases().toTsv());
        StringBuilder display = new StringBuilder();
        m.displayForms().forEach((token, form) -> display.append(token).append('\t').append(form).append('\n'));
        write(fs, new Path(base, "display_forms.tsv"), display.toString());
        write(fs, new Path(base, "model.json"), json(m));
    }

    static SavedModel load(Configuration conf, String dir) throws IOException {
        Path base = new Path(dir);
        FileSystem fs = base.getFileSystem(conf);
        if (!fs.exists(new Path(base, "model.json"))) {
            throw new IOException("Cannot load topic model " + dir + ": no model.json");
        }
        JsonNode meta = new ObjectMapper().readTree(read(fs, new Path(base, "model.json")));
        if (meta.path("format").asInt() != FORMAT) {
            throw new IOException("Cannot load topic model " + dir + ": format " + meta.path("format") + ", expected " + FORMAT);
        }
        String optimizer = meta.path("optimizer").asText();
        FittedModel model = FittedModels.load(optimizer, new Path(base, folder(optimizer)).toString());
        List<Integer> ids = new ArrayList<>();
        meta.path("topic_ids").forEach(n -> ids.add(n.asInt()));
        List<String> vocabulary = read(fs, new Path(base, "vocabulary.txt")).lines().toList();
        SortedMap<String, String> display = new TreeMap<>();
        read(fs, new Path(base, "display_forms.tsv")).lines().map(l -> l.split("\t", 2))
                .forEach(p -> display.put(p[0], p.length > 1 ? p[1] : p[0]));
        return new SavedModel(model, vocabulary, Phrases.parseTsv(read(fs, new Path(base, "phrases.tsv"))), display,
                new TopicIds(ids, meta.path("next_topic_id").asInt()),
                TopicUnit.valueOf(meta.path("unit").asText().toUpperCase(java.util.Locale.ROOT)));
    }

    private static String folder(String optimizer) {
        return optimizer.equals("gibbs") ? GibbsModel.FOLDER : MllibModel.FOLDER;
    }

    private static String json(SavedModel m) throws IOException {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("format", FORMAT);
        j.put("optimizer", m.model().optimizer());
        j.put("k", m.model().k());
        j.put("unit", m.unit().key());
        j.put("vocabulary_size", m.vocabulary().size());
        j.put("phrases", m.phrases().size());
        j.put("topic_ids", m.ids().idOfColumn());
        j.put("next_topic_id", m.ids().nextId());
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(j);
    }

    private static void write(FileSystem fs, Path file, String text) throws IOException {
        try (OutputStream out = fs.create(file, true)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String read(FileSystem fs, Path file) throws IOException {
        try (InputStream in = fs.open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
