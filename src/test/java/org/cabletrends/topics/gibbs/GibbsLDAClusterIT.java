package org.cabletrends.topics.gibbs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The planted-topic fit on a real (if small) cluster, local-cluster[2,1,1024]: two worker processes, one core each,
 * executors in their own JVMs, so blocks, broadcasts and task results cross process boundaries. Must give exactly
 * the counts of local[2] (same seed, same partitioning) and the same quality. Spark's workers start executors from
 * a Spark distribution, so the test lays one out under target/ (jars/ linking this build's dependency jars) and runs
 * each fit in a child JVM whose environment points SPARK_HOME there.
 */
class GibbsLDAClusterIT {
    private static final Pattern RESULT = Pattern.compile(
            "result master=(\\S+) executors=(\\d+) worst_similarity=([0-9.]+) counts_hash=(-?\\d+)");

    @Test
    void localClusterGivesTheCountsAndQualityOfLocalMode() throws Exception {
        Matcher local = fit("local[2]");
        Matcher cluster = fit("local-cluster[2,1,1024]");
        assertThat(Integer.parseInt(cluster.group(2))).isEqualTo(3);
        assertThat(Double.parseDouble(cluster.group(3))).isGreaterThanOrEqualTo(0.9);
        assertThat(cluster.group(4)).isEqualTo(local.group(4));
    }

    private static Matcher fit(String master) throws IOException, InterruptedException {
        Path home = sparkHome();
        List<String> flags = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-") || a.startsWith("-XX:+Ignore") || a.startsWith("-Djdk.reflect")
                        || a.startsWith("-Dio.netty"))
                .collect(Collectors.toList());
        String classes = Path.of("target/classes").toAbsolutePath() + File.pathSeparator
                + Path.of("target/test-classes").toAbsolutePath();
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx1g");
        cmd.addAll(flags);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), ClusterFit.class.getName(), master,
                classes, String.join(" ", flags)));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("SPARK_HOME", home.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        Matcher m = RESULT.matcher(output);
        assertThat(m.find()).as(output).isTrue();
        return m;
    }

    /** target/it-spark-home with jars/ holding links to every jar of this JVM's class path. */
    private static Path sparkHome() throws IOException {
        Path jars = Files.createDirectories(Path.of("target/it-spark-home/jars").toAbsolutePath());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path jar = Path.of(entry);
            Path link = jars.resolve(jar.getFileName());
            if (entry.endsWith(".jar") && !Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.createSymbolicLink(link, jar.toAbsolutePath());
            }
        }
        return jars.getParent();
    }
}
