package nl.gesprekswijzer.kafka;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** What this adapter may depend on, as a requirements list. */
@AnalyzeClasses(packages = "nl.gesprekswijzer.kafka", importOptions = ImportOption.DoNotIncludeTests.class)
class KafkaArchitectureTests {

  @ArchTest
  static final ArchRule the_adapter_uses_no_spring =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework..")
          .because("it is a plain Java application; only its jar's launcher is Spring Boot's");

  @ArchTest
  static final ArchRule the_adapter_does_not_depend_on_the_service =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("nl.gesprekswijzer.service..")
          .because("what both need lives in the engine and the plugin API");

  @ArchTest
  static final ArchRule only_the_command_is_public =
      classes()
          .that()
          .areNotAssignableTo(GesprekswijzerKafka.class)
          .and()
          .areTopLevelClasses()
          .should()
          .notBePublic()
          .because("public is a decision: the command is the adapter's one entry point");
}
