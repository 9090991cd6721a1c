package cn.linggong.form;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.linggong.WorkflowTestApplication;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** A broken form or a formRef to no form stops the application's start, naming the file. */
class BrokenFilesStopTheStartTest {

  private static void start(String forms, String processes) {
    new SpringApplicationBuilder(WorkflowTestApplication.class)
        .run(
            "--server.port=0",
            "--spring.main.banner-mode=off",
            "--spring.datasource.url=jdbc:h2:mem:broken-"
                + UUID.randomUUID()
                + ";MODE=MySQL;DB_CLOSE_DELAY=-1",
            "--linggong.forms.location=" + forms,
            "--linggong.processes.location=" + processes)
        .close();
  }

  @Test
  void aFormWithAnUnknownTypeStopsTheStart() {
    assertThatThrownBy(
            () ->
                start(
                    "classpath*:form-fixtures/bad/unknown-type.form",
                    "classpath*:form-fixtures/good/accept.bpmn"))
        .hasStackTraceContaining("unknown-type.form")
        .hasStackTraceContaining("filepicker");
  }

  @Test
  void aFormRefToNoFormStopsTheStart() {
    assertThatThrownBy(
            () ->
                start(
                    "classpath*:form-fixtures/good/*.form",
                    "classpath*:form-fixtures/bad/missing-form.bpmn"))
        .hasStackTraceContaining("missing-form.bpmn")
        .hasStackTraceContaining("form_that_does_not_exist");
  }
}
