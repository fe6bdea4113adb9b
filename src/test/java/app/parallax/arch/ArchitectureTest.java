package app.parallax.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the layering true: a pure core, UI toolkits only in the reader, no cycles between layers. */
@AnalyzeClasses(packages = "app.parallax", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreIsPure = noClasses().that().resideInAPackage("app.parallax.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..",
                    "org.apache.pdfbox..", "org.jsoup..", "java.net.http..", "com.fasterxml..", "picocli..",
                    "java.awt..", "javax.swing..")
            .because("the engine must run anywhere and be shared by the CLI, the reader and the exports");

    @ArchTest
    static final ArchRule coreDependsOnNoOuterLayer = noClasses().that().resideInAPackage("app.parallax.core..")
            .should().dependOnClassesThat().resideInAnyPackage("app.parallax.ui..", "app.parallax.cli..",
                    "app.parallax.export..", "app.parallax.ingest..", "app.parallax.semantic..");

    @ArchTest
    static final ArchRule onlyTheSemanticPackageRunsTheModel = noClasses().that()
            .resideOutsideOfPackage("app.parallax.semantic..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.langchain4j..", "ai.onnxruntime..", "ai.djl..")
            .because("the sentence model sits behind the core's PassageEmbedder interface");

    @ArchTest
    static final ArchRule semanticDependsOnlyOnTheCore = noClasses().that().resideInAPackage("app.parallax.semantic..")
            .should().dependOnClassesThat().resideInAnyPackage("app.parallax.ui..", "app.parallax.cli..",
                    "app.parallax.export..", "app.parallax.ingest..", "javafx..");

    @ArchTest
    static final ArchRule onlyTheReaderUsesUiToolkits = noClasses().that().resideOutsideOfPackage("app.parallax.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..");

    @ArchTest
    static final ArchRule reportIsPure = noClasses().that().resideInAPackage("app.parallax.report..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..",
                    "org.apache.pdfbox..", "app.parallax.ui..", "app.parallax.export..", "app.parallax.cli..",
                    "app.parallax.ingest..", "java.awt..")
            .because("the reader, the PDF and the terminal report all word claims through it");

    @ArchTest
    static final ArchRule onlyTheDiffPackageUsesDiffUtils = noClasses().that()
            .resideOutsideOfPackage("app.parallax.core.diff..")
            .should().dependOnClassesThat().resideInAnyPackage("com.github.difflib..");

    @ArchTest
    static final ArchRule onlyTheBatchUsesSpark = noClasses().that().resideOutsideOfPackage("app.parallax.batch..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "org.apache.hadoop..", "scala..")
            .because("the desktop app does not carry Spark; only the batch may touch it");

    @ArchTest
    static final ArchRule nothingButTheCommandLineKnowsTheBatch = noClasses().that()
            .resideOutsideOfPackages("app.parallax.batch..", "app.parallax.cli..")
            .should().dependOnClassesThat().resideInAPackage("app.parallax.batch..")
            .because("the reader and the engine never need Spark on the class path");

    @ArchTest
    static final ArchRule noCyclesBetweenLayers = slices().matching("app.parallax.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesBetweenReaderParts = slices().matching("app.parallax.ui.(*)..").should().beFreeOfCycles()
            .because("each part of the window (columns, notes, find, ...) can be read and changed on its own");
}
