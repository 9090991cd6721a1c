package cn.linggong;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.apache.ibatis.annotations.Mapper;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;

/** The workflow module's boundaries, as tests (docs/CONVENTIONS.md, "Boundaries"). */
@AnalyzeClasses(packages = "cn.linggong", importOptions = ImportOption.DoNotIncludeTests.class)
class WorkflowArchitectureTest {

  @ArchTest
  static final ArchRule mappersAreReachedOnlyFromServices =
      classes()
          .that()
          .areAnnotatedWith(Mapper.class)
          .should()
          .onlyBeAccessed()
          .byClassesThat()
          .areAnnotatedWith(Service.class)
          .because("mappers are reached only from transactional services");

  @ArchTest
  static final ArchRule restControllersDoNotTouchMappers =
      noClasses()
          .that()
          .areAnnotatedWith(RestController.class)
          .should()
          .dependOnClassesThat()
          .areAnnotatedWith(Mapper.class);

  @ArchTest
  static final ArchRule featuresHaveNoCycles =
      slices().matching("cn.linggong.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule workflowKnowsNothingOfTheScreens =
      noClasses().should().dependOnClassesThat().resideInAPackage("com.vaadin..");

  @ArchTest
  static final ArchRule nothingPrintsInsteadOfLogging =
      noClasses()
          .should()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err");

  @ArchTest
  static final ArchRule assistanceAndComplaintsKeepApart =
      noClasses()
          .that()
          .resideInAPackage("cn.linggong.assistance..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("cn.linggong.complaint..")
          .because("case types meet only in the registries they share (worker, employer)");

  @ArchTest
  static final ArchRule complaintsDoNotReachIntoAssistance =
      noClasses()
          .that()
          .resideInAPackage("cn.linggong.complaint..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("cn.linggong.assistance..");

  @ArchTest
  static final ArchRule certificationStandsApartFromTheOtherCaseTypes =
      noClasses()
          .that()
          .resideInAPackage("cn.linggong.certification..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("cn.linggong.assistance..", "cn.linggong.complaint..")
          .because("a case type reaches only the registries (market) and the shared services");

  @ArchTest
  static final ArchRule noOtherCaseTypeReachesIntoCertification =
      noClasses()
          .that()
          .resideInAnyPackage(
              "cn.linggong.assistance..", "cn.linggong.complaint..", "cn.linggong.market..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("cn.linggong.certification..")
          .because("the registry is told of a certification through its own service");

  @ArchTest
  static final ArchRule theWorkerRegistryIsUsedThroughItsService =
      noClasses()
          .that()
          .resideOutsideOfPackage("cn.linggong.worker..")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("cn.linggong.worker.WorkerMapper")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("cn.linggong.worker.WorkerApi")
          .because(
              "the gig-worker registry serves every case type through its services"
                  + " (WorkerRegistry, WorkerHardship)");

  @ArchTest
  static final ArchRule theWorkerRegistryKnowsNoCaseType =
      noClasses()
          .that()
          .resideInAPackage("cn.linggong.worker..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("cn.linggong.assistance..", "cn.linggong.complaint..");

  @ArchTest
  static final ArchRule onlyTheDemoCityMovesTime =
      noClasses()
          .that()
          .resideOutsideOfPackages("cn.linggong.demo..", "cn.linggong.shared.time..")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("cn.linggong.shared.time.MovableTime")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("cn.linggong.engine.EngineTimeTravel")
          .because(
              "only the demo-data generator replays past months; the application's time is"
                  + " the system's");

  @ArchTest
  static final ArchRule onlyTheEnginePackageUsesEngineInternals =
      noClasses()
          .that()
          .resideOutsideOfPackage("cn.linggong.engine..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.camunda.bpm.engine.impl..")
          .because(
              "engine internals change between Camunda releases: the few uses live in engine/,"
                  + " each saying why");

  @ArchTest
  static final ArchRule caseTypesKeepTheirTimelinesInTheOneStore =
      noClasses()
          .that()
          .resideOutsideOfPackage("cn.linggong.casefile..")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("cn.linggong.casefile.CaseFileMapper")
          .because("every case type reads and writes its timeline and documents through casefile");
}
