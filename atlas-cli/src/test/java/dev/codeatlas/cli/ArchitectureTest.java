package dev.codeatlas.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module and package lines of design.md, checked on the compiled classes: a wrong import
 * fails the build. Modules: model <- parser <- (index <- search <- mcp) <- cli.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.codeatlas");
    }

    @Test
    void modulesAreLayered() {
        layeredArchitecture().consideringOnlyDependenciesInAnyPackage("dev.codeatlas..")
                .layer("model").definedBy("dev.codeatlas.model..")
                .layer("parser").definedBy("dev.codeatlas.parser..")
                .layer("index").definedBy("dev.codeatlas.index..")
                .layer("search").definedBy("dev.codeatlas.search..")
                .layer("mcp").definedBy("dev.codeatlas.mcp..")
                .layer("cli").definedBy("dev.codeatlas.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("mcp").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("search").mayOnlyBeAccessedByLayers("mcp", "cli")
                .whereLayer("index").mayOnlyBeAccessedByLayers("search", "mcp", "cli")
                .whereLayer("parser").mayOnlyBeAccessedByLayers("index", "search", "mcp", "cli")
                .withOptionalLayers(true)
                .check(classes);
    }

    @Test
    void modelDependsOnNothingButTheJdk() {
        noClasses().that().resideInAPackage("dev.codeatlas.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("dev.codeatlas.model..", "java..")
                .check(classes);
    }

    /** A dialect may build on its base language; no other language depends on another. */
    private static final java.util.Map<String, String> DIALECTS = java.util.Map.of(
            "typescript", "javascript",
            "cpp", "c");

    @Test
    void languagesDoNotDependOnEachOther() {
        var rule = slices().matching("dev.codeatlas.parser.lang.(*)..").should().notDependOnEachOther();
        for (var d : DIALECTS.entrySet()) {
            String dialect = "dev.codeatlas.parser.lang." + d.getKey();
            String base = "dev.codeatlas.parser.lang." + d.getValue();
            rule = rule.ignoreDependency(
                    com.tngtech.archunit.base.DescribedPredicate.describe(d.getKey(),
                            (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().startsWith(dialect)),
                    com.tngtech.archunit.base.DescribedPredicate.describe(d.getValue(),
                            (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().startsWith(base)));
        }
        rule.check(classes);
    }

    @Test
    void parserCoreKnowsLanguagesOnlyThroughTheRegistry() {
        noClasses().that().resideInAPackage("dev.codeatlas.parser")
                .and().doNotHaveSimpleName("LanguageRegistry")
                .should().dependOnClassesThat().resideInAPackage("dev.codeatlas.parser.lang..")
                .check(classes);
    }

    @Test
    void treeSitterStaysInsideTheParser() {
        noClasses().that().resideOutsideOfPackage("dev.codeatlas.parser..")
                .should().dependOnClassesThat().resideInAPackage("org.treesitter..")
                .check(classes);
    }
}
