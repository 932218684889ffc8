package org.cabletrends.ingest;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.cabletrends.cable.Cable;
import org.cabletrends.cable.ParseIssue;
import org.cabletrends.cable.Severity;
import scala.jdk.javaapi.CollectionConverters;

/** Builds rows of {@link IngestSchemas#UNITS_SCHEMA} from parse results and rejected input. */
final class UnitRows {
    static final String CABLE = "cable";
    static final String REJECT = "reject";

    private UnitRows() {
    }

    /** Where a unit came from and what it looked like as bytes. */
    record Origin(String source, long position, long byteLength, String contentHash, boolean fromCsv) {
    }

    static Row cable(Origin o, Cable c, String refid, List<ParseIssue> issues, Integer year, Integer month) {
        int errors = (int) issues.stream().filter(i -> i.severity() == Severity.ERROR).count();
        Object[] v = {CABLE, null, o.position(), o.byteLength(), errors, c.body() == null ? 0 : c.body().length(),
                o.fromCsv(),
                refid, c.refidAsWritten(), c.dtg() == null ? null : Timestamp.from(c.dtg()), c.dtgAsWritten(),
                c.precedence(), c.origin(), c.originAsWritten(), seq(c.to()), seq(c.info()),
                c.classification() == null ? null : c.classification().label(),
                c.classification() == null ? null : c.classification().ordinal(), c.classificationAsWritten(),
                seq(c.caveats()), c.section(), c.sectionCount(), c.eoLine(),
                c.declassifyOn() == null ? null : Date.valueOf(c.declassifyOn()),
                seq(c.tags(), t -> RowFactory.create(t.code(), t.kind().name())), c.subject(), c.subjectDisplay(),
                seq(c.references(), r -> RowFactory.create(r.letter(), r.text(), seq(r.refids()))),
                c.classifiedBy(), c.reasons(), c.summary(), seq(c.comments()), seq(c.signers()), c.body(),
                c.form() == null ? null : c.form().name(), o.source(), o.contentHash(), issues.size(), year, month,
                seq(c.paragraphs(), p -> RowFactory.create(p.number(), p.marking(), p.heading(), p.text(), p.start(),
                        p.end())),
                issues(issues)};
        return RowFactory.create(v);
    }

    static Row reject(Origin o, String reason, List<ParseIssue> issues) {
        Object[] v = new Object[IngestSchemas.UNITS_SCHEMA.size()];
        v[0] = REJECT;
        v[1] = reason;
        v[2] = o.position();
        v[3] = o.byteLength();
        v[4] = (int) issues.stream().filter(i -> i.severity() == Severity.ERROR).count();
        v[5] = 0;
        v[6] = o.fromCsv();
        v[IngestSchemas.UNITS_SCHEMA.fieldIndex("source")] = o.source();
        v[IngestSchemas.UNITS_SCHEMA.fieldIndex("content_hash")] = o.contentHash();
        v[IngestSchemas.UNITS_SCHEMA.fieldIndex("issue_count")] = issues.size();
        v[IngestSchemas.UNITS_SCHEMA.fieldIndex("paragraphs")] = seq(List.of());
        v[IngestSchemas.UNITS_SCHEMA.fieldIndex("issues")] = issues(issues);
        return RowFactory.create(v);
    }

    private static Object issues(List<ParseIssue> issues) {
        return seq(issues, i -> RowFactory.create(i.code().name(), i.severity().name(), i.line(), i.column(),
                i.message()));
    }

    private static <T> Object seq(List<T> list) {
        return CollectionConverters.asScala(list == null ? List.<T>of() : list).toSeq();
    }

    private static <T, R> Object seq(List<T> list, Function<T, R> f) {
        return seq(list == null ? List.<R>of() : list.stream().map(f).toList());
    }
}
