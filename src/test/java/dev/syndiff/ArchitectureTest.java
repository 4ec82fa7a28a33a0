package dev.syndiff;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.LocationProvider;
import dev.syndiff.core.ComparisonPipeline;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.syndiff.core.archfixture.MisbehavingStage;
import java.io.FileOutputStream;
import java.io.FileWriter;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The layer rules of docs/architecture.md, held by the build. */
@AnalyzeClasses(locations = ArchitectureTest.MainClasses.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** Only the project's own classes: scanning every jar for the package took seconds. */
    static final class MainClasses implements LocationProvider {
        @Override
        public Set<Location> get(Class<?> testClass) {
            return Set.of(Location.of(ComparisonPipeline.class.getProtectionDomain().getCodeSource().getLocation()));
        }
    }

    private static final String CORE = "dev.syndiff.core..";

    /** Files methods that create, change or remove files. */
    private static final Pattern WRITES = Pattern.compile(
            "write.*|newOutputStream|newBufferedWriter|copy|move|create.*|delete.*|set.*");

    private static final DescribedPredicate<JavaCall<?>> FILES_WRITE = new DescribedPredicate<>(
            "a java.nio.file.Files method that writes") {
        @Override
        public boolean test(JavaCall<?> call) {
            return call.getTargetOwner().isEquivalentTo(Files.class) && WRITES.matcher(call.getName()).matches();
        }
    };

    private static final DescribedPredicate<JavaClass> FILE_IO_CLASSES = new DescribedPredicate<>(
            "java.nio.file.Files or java.io file streams") {
        @Override
        public boolean test(JavaClass c) {
            return c.isEquivalentTo(Files.class) || c.isEquivalentTo(FileChannel.class)
                    || c.getName().startsWith("java.io.File") && !c.getName().equals("java.io.File")
                    || c.isEquivalentTo(RandomAccessFile.class);
        }
    };

    @ArchTest
    static final ArchRule coreStaysFreeOfTheOuterLayers = noClasses().that().resideInAPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..",
                    "dev.syndiff.ui..", "dev.syndiff.cli..", "dev.syndiff.export..")
            .because("the engine is plain Java that the CLI, the viewer and the tests share");

    @ArchTest
    static final ArchRule coreNeverPrints = noClasses().that().resideInAPackage(CORE)
            .should(ACCESS_STANDARD_STREAMS)
            .because("results carry their warnings; only the CLI speaks on stdout/stderr");

    @ArchTest
    static final ArchRule modelDependsOnlyOnTheJdk = classes().that().resideInAPackage("dev.syndiff.core.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.syndiff.core.model..");

    @ArchTest
    static final ArchRule onlyTheLoaderTouchesFilesInCore = noClasses().that().resideInAPackage(CORE)
            .and().resideOutsideOfPackage("dev.syndiff.core.load..")
            .should().dependOnClassesThat(FILE_IO_CLASSES)
            .because("below the facade every stage is testable with strings; only core.load reads files");

    @ArchTest
    static final ArchRule coreNeverWritesFiles = noClasses().that().resideInAPackage(CORE)
            .should().callMethodWhere(FILES_WRITE)
            .orShould().callConstructor(FileOutputStream.class, String.class)
            .orShould().dependOnClassesThat().belongToAnyOf(FileOutputStream.class, FileWriter.class)
            .because("reports are written only by export, atomically");

    @ArchTest
    static final ArchRule onlyExportWritesFiles = noClasses()
            .that().resideOutsideOfPackages("dev.syndiff.export..", "dev.syndiff.ui..", "dev.syndiff.cli..",
                    "dev.syndiff.core.load..")
            .should().callMethodWhere(FILES_WRITE)
            .orShould().dependOnClassesThat().belongToAnyOf(FileOutputStream.class, FileWriter.class);

    @ArchTest
    static final ArchRule cliWritesReportsOnlyThroughExport = noClasses().that().resideInAPackage("dev.syndiff.cli..")
            .and().doNotHaveSimpleName("SampleBundle")
            .should().callMethodWhere(FILES_WRITE)
            .orShould().dependOnClassesThat().belongToAnyOf(FileOutputStream.class, FileWriter.class)
            .because("every output file goes through export.AtomicFileWriter (SampleBundle only unpacks the sample)");

    @ArchTest
    static final ArchRule uiProjectsAReportAndComputesNoDiff = noClasses().that().resideInAPackage("dev.syndiff.ui..")
            .should().dependOnClassesThat().resideInAPackage("com.github.difflib..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.syndiff.core.segment.SentenceSplitter")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.syndiff.core.segment.Segmenter")
            .because("the viewer shows the report; splitting and diffing happen once, in core");

    @ArchTest
    static final ArchRule cliUsesTheViewerOnlyToLaunchIt = noClasses().that().resideInAPackage("dev.syndiff.cli..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("dev.syndiff.ui..")
                    .and(DescribedPredicate.not(HasName.Predicates.name("dev.syndiff.ui.SyndiffApp"))))
            .because("the command line only launches the viewer");

    @ArchTest
    static final ArchRule layersHaveNoCycles = slices().matching("dev.syndiff.(*)..").should().beFreeOfCycles();

    /** The rules are not vacuous: a deliberately bad class in a core package breaks them. */
    @Test
    void theCoreRulesCatchAMisbehavingStage() {
        JavaClasses bad = new ClassFileImporter().importClasses(MisbehavingStage.class);
        for (ArchRule rule : List.of(coreStaysFreeOfTheOuterLayers, coreNeverPrints, onlyTheLoaderTouchesFilesInCore,
                coreNeverWritesFiles, onlyExportWritesFiles)) {
            assertThat(rule.evaluate(bad).hasViolation()).as(rule.getDescription()).isTrue();
        }
    }
}
