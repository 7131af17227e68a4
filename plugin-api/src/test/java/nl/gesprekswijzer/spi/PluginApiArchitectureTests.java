package nl.gesprekswijzer.spi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "nl.gesprekswijzer", importOptions = ImportOption.DoNotIncludeTests.class)
class PluginApiArchitectureTests {

  @ArchTest
  static final ArchRule plugin_api_depends_only_on_the_jdk_jakarta_validation_and_jspecify =
      classes()
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "jakarta.validation..", "org.jspecify..", "nl.gesprekswijzer.api..", "nl.gesprekswijzer.spi..")
          .because("HR platforms depend on plugin-api without taking in an engine, a framework or a JSON library");

  @ArchTest
  static final ArchRule the_api_does_not_need_the_spi =
      classes()
          .that()
          .resideInAPackage("nl.gesprekswijzer.api..")
          .should()
          .onlyDependOnClassesThat()
          .resideOutsideOfPackage("nl.gesprekswijzer.spi..")
          .because("a platform that only calls the engine implements nothing");
}
