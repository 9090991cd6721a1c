package cn.linggong.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.casefile.CaseDocument;
import cn.linggong.casefile.CaseDocuments;
import cn.linggong.identity.LinggongUser;
import cn.linggong.inbox.TaskCompletion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Works a case's process in a test as people and time do: completes the step a case waits at
 * through the real task completion, moves the application's and the engine's clocks together, fires
 * a timer when it falls due, and reads a case's letters back as text.
 */
public final class CaseSteps {

  private static final Path LETTERS = Path.of("target", "letters");

  private final MutableClock clock;
  private final ManagementService managementService;
  private final CaseDocuments documents;

  public CaseSteps(
      MutableClock clock, ManagementService managementService, CaseDocuments documents) {
    this.clock = clock;
    this.managementService = managementService;
    this.documents = documents;
  }

  /** Moves the application's clock and the engine's together. */
  public void moveTo(Instant instant) {
    clock.set(instant);
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  /** The timer of an activity of a process instance, if one is waiting. */
  public Job timer(String processInstanceId, String activityId) {
    return managementService
        .createJobQuery()
        .processInstanceId(processInstanceId)
        .timers()
        .activityId(activityId)
        .singleResult();
  }

  /** Moves both clocks to the timer's due time and runs it. */
  public void fire(String processInstanceId, String activityId) {
    Job job = timer(processInstanceId, activityId);
    assertThat(job).as("timer " + activityId).isNotNull();
    moveTo(job.getDuedate().toInstant());
    managementService.executeJob(job.getId());
  }

  /**
   * Runs the jobs that make letters (and any other message job waiting), as the job executor would
   * just after the step: the tests run with the job executor off. Returns how many ran.
   */
  public int makeLetters() {
    return makeLetters(managementService);
  }

  /** {@link #makeLetters()} for tests without a CaseSteps. */
  public static int makeLetters(ManagementService managementService) {
    int ran = 0;
    for (Job job : managementService.createJobQuery().messages().executable().list()) {
      try {
        managementService.executeJob(job.getId());
      } catch (RuntimeException e) {
        if (job.getExceptionMessage() == null) {
          throw e; // a letter that fails the first time is the test's failure
        }
        continue; // failing before (another test's cause): the engine keeps retrying it
      }
      ran++;
    }
    return ran;
  }

  /**
   * The text of the case's latest document of this kind, line breaks removed (Chinese lines wrap
   * anywhere), once the waiting letters are made; the file is kept in target/letters for a person
   * to look at.
   */
  public String letterText(cn.linggong.casefile.CaseRef ref, String kind) throws IOException {
    makeLetters();
    String caseNo = ref.number();
    CaseDocument doc =
        documents.of(ref).stream()
            .filter(d -> d.kind().equals(kind))
            .reduce((a, b) -> b)
            .orElseThrow();
    byte[] pdf = documents.file(ref, doc.id()).orElseThrow().content();
    Files.createDirectories(LETTERS);
    Files.write(LETTERS.resolve(doc.fileName()), pdf);
    return pdfText(pdf);
  }

  /**
   * A letter's text with its line breaks removed, after checking its typesetting ({@link
   * Typesetting}): every letter a test reads is checked.
   */
  public static String pdfText(byte[] pdf) throws IOException {
    Typesetting.check(pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replace("\n", "").replace("\r", "");
    }
  }

  /** Form values from key, value, key, value… */
  public static Map<String, Object> values(Object... keyValue) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keyValue.length; i += 2) {
      map.put((String) keyValue[i], keyValue[i + 1]);
    }
    return map;
  }

  /** The open task of the case (its business key) at this step, or null. */
  public static Task waitingAt(TaskService tasks, String businessKey, String taskKey) {
    return tasks
        .createTaskQuery()
        .processInstanceBusinessKey(businessKey)
        .taskDefinitionKey(taskKey)
        .singleResult();
  }

  /** Completes the case's step through its form, as the person would on the task screen. */
  public static void complete(
      TaskService tasks,
      TaskCompletion completion,
      LinggongUser user,
      String businessKey,
      String taskKey,
      Map<String, ?> values) {
    Task task = waitingAt(tasks, businessKey, taskKey);
    if (task == null) {
      throw new AssertionError(businessKey + " is not waiting at " + taskKey);
    }
    completion.complete(user, task.getId(), values);
  }
}
