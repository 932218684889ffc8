package org.cabletrends.topics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** doc_topics rows as JSON Lines: one object per cable, the table's column names as keys, in its column order. */
final class ScoreOutput {
    private ScoreOutput() {
    }

    static void jsonLines(Dataset<Row> docTopics, PrintWriter out) {
        ObjectMapper mapper = new ObjectMapper();
        Iterator<Row> rows = docTopics.toLocalIterator();
        while (rows.hasNext()) {
            Row r = rows.next();
            ObjectNode o = mapper.createObjectNode();
            o.put("refid", r.getString(0));
            o.put("doc_id", r.getString(1));
            o.put("documents", r.getInt(2));
            o.put("tokens", r.getLong(3));
            ArrayNode d = o.putArray("distribution");
            List<Double> weights = r.getList(4);
            weights.forEach(d::add);
            o.put("topic_id", r.getInt(5));
            o.put("weight", r.getDouble(6));
            out.println(o.toString());
        }
        out.flush();
    }
}
