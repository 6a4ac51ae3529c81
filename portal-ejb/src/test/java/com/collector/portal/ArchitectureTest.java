package com.collector.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.collector.portal.tenancy.control.Store;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import jakarta.ejb.Stateless;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/** The package rules of STYLE.md that a compiler cannot check. */
class ArchitectureTest {

  private static final String TENANCY_CONTROL = "com.collector.portal.tenancy.control";
  private static final String PERSISTENCE = "com.collector.portal.platform.persistence";

  // Immutable once imported: importing once keeps the test fast without shared mutable state.
  private static final JavaClasses PORTAL =
      new ClassFileImporter()
          .withImportOption(new ImportOption.DoNotIncludeTests())
          .importPackages("com.collector.portal");

  @Test
  void theProductionClassesAndOnlyThemAreImported() {
    assertThat(PORTAL.contain(Store.class)).isTrue();
    assertThat(PORTAL.contain(ArchitectureTest.class)).isFalse();
  }

  @Test
  void onlyTheScopedStoreAndThePersistencePlumbingUseTheEntityManager() {
    ArchRule rule =
        noClasses()
            .that()
            .resideOutsideOfPackages(TENANCY_CONTROL, PERSISTENCE)
            .should()
            .dependOnClassesThat()
            .areAssignableTo(EntityManager.class)
            .because("every query must go through the tenancy-scoped Store")
            .allowEmptyShould(false);

    rule.check(PORTAL);
  }

  @Test
  void theEntityManagerRuleWouldSeeAUseOfTheEntityManager() {
    EvaluationResult withoutExemptions =
        noClasses()
            .should()
            .dependOnClassesThat()
            .areAssignableTo(EntityManager.class)
            .evaluate(PORTAL);

    assertThat(withoutExemptions.hasViolation()).isTrue();
    assertThat(withoutExemptions.getFailureReport().getDetails())
        .anyMatch(detail -> detail.contains(Store.class.getName()));
  }

  @Test
  void entitiesResideInEntityPackages() {
    ArchRule rule =
        classes()
            .that()
            .areAnnotatedWith(Entity.class)
            .should()
            .resideInAPackage("..entity..")
            .allowEmptyShould(false);

    rule.check(PORTAL);
  }

  @Test
  void statelessBeansResideInBoundaryPackages() {
    ArchRule rule =
        classes()
            .that()
            .areAnnotatedWith(Stateless.class)
            .should()
            .resideInAPackage("..boundary..")
            .allowEmptyShould(false);

    rule.check(PORTAL);
  }
}
