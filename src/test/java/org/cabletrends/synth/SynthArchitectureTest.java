package org.cabletrends.synth;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The generator is pure Java: it may use the parser's model (cable) but no Spark, Scala or Hadoop. */
class SynthArchitectureTest {
    @Test
    void generatorDependsOnNoBigDataLibraries() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cabletrends.synth");
        assertThat(classes).as("synth classes imported").isNotEmpty();
        noClasses().that().resideInAPackage("org.cabletrends.synth..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala..",
                        "org.apache.hadoop..", "org.cabletrends.ingest..", "org.cabletrends.themes..",
                        "org.cabletrends.topics..", "org.cabletrends.trends..", "org.cabletrends.report..",
                        "org.cabletrends.cli..")
                .because("the generator must run without Spark and below the pipeline stages it feeds")
                .check(classes);
    }
}
