package org.cabletrends.cable.archfixture;

import org.apache.spark.sql.SparkSession;

/**
 * Deliberate violation of the parser's dependency rules, used only to prove that ArchitectureTest's rules can fail.
 * It lives under {@code org.cabletrends.cable..} in test sources, which the production-class check never imports.
 */
public final class SparkLeak {
    private SparkLeak() {
    }

    /** Touches Spark and Scala types so the class file references them. */
    public static String leak(SparkSession session) {
        scala.Option<String> none = scala.Option.empty();
        return session == null ? none.getOrElse(() -> "none") : session.version();
    }
}
