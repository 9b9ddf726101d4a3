package org.chainrule.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of DESIGN.md: the core never touches JavaFX; only the command line prints. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.chainrule");
    }

    @Test
    void nothingOutsideAppImportsJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.chainrule.app..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the core, the command line and the exports run headless")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineWritesToStandardOut() {
        noClasses().that().resideOutsideOfPackage("org.chainrule.cli..")
                .and().doNotHaveFullyQualifiedName("org.chainrule.Launcher")
                .should().accessField(System.class, "out")
                .check(classes);
    }

    @Test
    void layersPointOneWay() {
        noClasses().that().resideInAnyPackage("org.chainrule.expr..", "org.chainrule.symbolic..")
                .should().dependOnClassesThat().resideInAnyPackage("org.chainrule.graph..", "org.chainrule.engine..",
                        "org.chainrule.layout..", "org.chainrule.render..", "org.chainrule.doc..", "org.chainrule.app..",
                        "org.chainrule.cli..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.chainrule.graph..", "org.chainrule.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.chainrule.layout..", "org.chainrule.render..",
                        "org.chainrule.doc..", "org.chainrule.app..", "org.chainrule.cli..", "org.chainrule.symbolic..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("org.chainrule.app..", "org.chainrule.cli..")
                .and().doNotHaveFullyQualifiedName("org.chainrule.Launcher")
                .should().dependOnClassesThat().resideInAnyPackage("org.chainrule.app..", "org.chainrule.cli..")
                .check(classes);
    }
}
