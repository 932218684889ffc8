package org.cabletrends.cable;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.cabletrends.cable.archfixture.SparkLeak;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The parser package stays a pure library: no Spark, Scala or Hadoop, and no other cabletrends package. */
class ArchitectureTest {
    private static final String CABLE = "org.cabletrends.cable..";

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cabletrends");
    }

    static ArchRule noBigDataDependencies() {
        return noClasses().that().resideInAPackage(CABLE)
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala..", "org.apache.hadoop..")
                .because("the parser must run without Spark (plain JVM, tests, CLI validate)")
                .allowEmptyShould(false);
    }

    static ArchRule noOtherCabletrendsPackages() {
        return noClasses().that().resideInAPackage(CABLE)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.cabletrends.ingest..", "org.cabletrends.themes..", "org.cabletrends.topics..",
                        "org.cabletrends.trends..", "org.cabletrends.report..", "org.cabletrends.cli..",
                        "org.cabletrends.config..", "org.cabletrends.synth..")
                .because("the other packages build on the parser, never the other way round")
                .allowEmptyShould(false);
    }

    @Test
    void parserDoesNotDependOnSparkScalaOrHadoop() {
        assertThat(production.stream().filter(c -> c.getPackageName().startsWith("org.cabletrends.cable")))
                .as("production classes of the cable package were imported")
                .isNotEmpty();
        noBigDataDependencies().check(production);
    }

    @Test
    void parserDoesNotDependOnOtherCabletrendsPackages() {
        noOtherCabletrendsPackages().check(production);
    }

    @Test
    void ruleReportsAViolatingClass() {
        JavaClasses leaking = new ClassFileImporter().importClasses(SparkLeak.class);
        assertThatThrownBy(() -> noBigDataDependencies().check(leaking))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.apache.spark")
                .hasMessageContaining("scala.");
    }

    @Test
    void rulesRefuseAnEmptySelection() {
        JavaClasses unrelated = new ClassFileImporter().importClasses(String.class);
        assertThatThrownBy(() -> noBigDataDependencies().check(unrelated)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> noOtherCabletrendsPackages().check(unrelated)).isInstanceOf(AssertionError.class);
    }
}
