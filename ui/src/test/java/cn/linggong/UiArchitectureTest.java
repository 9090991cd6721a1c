package cn.linggong;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.component.Component;
import org.apache.ibatis.annotations.Mapper;

/** The screens' boundaries, as tests (CONVENTIONS.md §7–8). */
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
}
