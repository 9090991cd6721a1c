package cn.linggong;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.component.Component;
import org.apache.ibatis.annotations.Mapper;

/** The screens' boundaries, as tests (docs/CONVENTIONS.md, "Boundaries"). */
@AnalyzeClasses(packages = "cn.linggong", importOptions = ImportOption.DoNotIncludeTests.class)
class UiArchitectureTest {

  @ArchTest
  static final ArchRule viewsDoNotTouchMappers =
      noClasses()
          .that()
          .areAssignableTo(Component.class)
          .should()
          .dependOnClassesThat()
          .areAnnotatedWith(Mapper.class)
          .because("data comes from the feature's service, never from a mapper");

  @ArchTest
  static final ArchRule viewsDoNotUseTheEngineDirectly =
      noClasses()
          .that()
          .areAssignableTo(Component.class)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.camunda.bpm.engine..")
          .because("screens work through the feature's service");

  @ArchTest
  static final ArchRule featuresHaveNoCycles =
      slices().matching("cn.linggong.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule theWorkerScreensKnowNoCaseType =
      noClasses()
          .that()
          .resideInAPackage("cn.linggong.worker..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("cn.linggong.assistance..", "cn.linggong.complaint..")
          .because("case types add their actions to the worker list (WorkerAction)");

  @ArchTest
  static final ArchRule caseScreensKeepApart =
      noClasses()
          .that()
          .resideInAPackage("cn.linggong.assistance..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("cn.linggong.complaint..");

  @ArchTest
  static final ArchRule complaintScreensKeepApartFromAssistance =
      noClasses()
          .that()
          .resideInAPackage("cn.linggong.complaint..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("cn.linggong.assistance..");

  @ArchTest
  static final ArchRule caseScreensAreBuiltFromTheKit =
      classes()
          .that()
          .areAnnotatedWith(com.vaadin.flow.router.Route.class)
          .and()
          .haveSimpleNameEndingWith("CaseView")
          .or()
          .haveSimpleNameEndingWith("ScreenView")
          .should()
          .beAssignableTo(cn.linggong.casework.CaseScreen.class)
          .because("every case type's screen is a composition of the case-screen kit (casework)");

  @ArchTest
  static final ArchRule sidePanelsAreBuiltFromTheKit =
      classes()
          .that()
          .implement(cn.linggong.inbox.CasePanel.class)
          .and()
          .doNotHaveModifier(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)
          .should()
          .dependOnClassesThat()
          .areAssignableTo(cn.linggong.casework.CaseSidePanel.class)
          .because("the panel beside a task is the kit's CaseSidePanel");

  @ArchTest
  static final ArchRule registriesAreRegistryPages =
      classes()
          .that()
          .haveFullyQualifiedName("cn.linggong.worker.WorkerView")
          .or()
          .haveFullyQualifiedName("cn.linggong.employer.EmployerView")
          .or()
          .haveFullyQualifiedName("cn.linggong.employer.JobView")
          .should()
          .beAssignableTo(cn.linggong.shared.ui.RegistryPage.class)
          .because("registries share one filter bar and lazy grid");
}
