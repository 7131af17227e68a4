package nl.gesprekswijzer.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The command-line tool's boundaries, checked on its classes as compiled. */
@AnalyzeClasses(packages = "nl.gesprekswijzer.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

  @ArchTest
  static final ArchRule cli_uses_no_spring =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.springframework..")
          .because("the tool is plain Java; Spring Boot only packages it (its jar launcher)");

  @ArchTest
  static final ArchRule cli_classes_are_not_public =
      classes()
          .should()
          .notBePublic()
          .because("nothing else builds on the tool: its interface is the command line");
}
