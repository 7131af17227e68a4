package nl.gesprekswijzer.service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The boundaries of the style guide, checked on the classes as they are packaged: the API and the
 * engine jars from the classpath, the service from this module. Rules that match no class fail
 * (ArchUnit's default {@code archRule.failOnEmptyShould}), so a renamed package cannot make a rule
 * pass vacuously.
 */
@AnalyzeClasses(
    packages = "nl.gesprekswijzer",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

  private static final String[] API = {"nl.gesprekswijzer.api..", "nl.gesprekswijzer.spi.."};
  private static final String ENGINE = "nl.gesprekswijzer.engine..";
  private static final String SERVICE = "nl.gesprekswijzer.service..";
  private static final String SPRING = "org.springframework..";

  @ArchTest
  static final ArchRule plugin_api_uses_no_drools =
      noClasses()
          .that()
          .resideInAnyPackage(API)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.drools..", "org.kie..")
          .because("HR platforms depend on plugin-api without dragging in a rule engine");

  @ArchTest
  static final ArchRule plugin_api_uses_no_spring =
      noClasses()
          .that()
          .resideInAnyPackage(API)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(SPRING)
          .because("HR platforms that do not run Spring must be able to use plugin-api");

  @ArchTest
  static final ArchRule plugin_api_uses_no_jackson =
      noClasses()
          .that()
          .resideInAnyPackage(API)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
          .because(
              "how the records become JSON is the adapters' business; plugin-api stays plain Java");

  @ArchTest
  static final ArchRule engine_uses_no_spring =
      noClasses()
          .that()
          .resideInAPackage(ENGINE)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(SPRING)
          .because("the engine is a plain Java library: Spring stays at the edge");

  @ArchTest
  static final ArchRule engine_does_not_depend_on_adapters =
      noClasses()
          .that()
          .resideInAPackage(ENGINE)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(SERVICE)
          .because("adapters use the engine, never the other way round");

  @ArchTest
  static final ArchRule only_adapters_use_spring =
      noClasses()
          .that()
          .resideOutsideOfPackage(SERVICE)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(SPRING)
          .because("Spring stays at the edge, in the adapters");

  @ArchTest
  static final ArchRule service_classes_are_not_public =
      noClasses()
          .that()
          .resideInAPackage(SERVICE)
          // Granted: the context prepared ahead of time (process-aot, after the tests in a clean
          // build, before them in one that packaged earlier) is code Spring generates public.
          .and()
          .haveNameNotMatching(".*(__BeanDefinitions|__ApplicationContextInitializer|__BeanFactoryRegistrations|\\$\\$SpringCGLIB\\$\\$).*")
          // Granted: the tenant of the request, which the service's other packages (REST, events, the
          // rule sets per tenant) read through this one bean.
          .and()
          .doNotHaveFullyQualifiedName("nl.gesprekswijzer.service.security.CurrentTenant")
          .should()
          .bePublic()
          .because(
              "public is a decision: nothing in the service is API, and Spring needs no public"
                  + " classes");
}
