package cn.linggong.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.assistance.AssistanceCases;
import cn.linggong.complaint.ComplaintIntake;
import cn.linggong.worker.WorkerHardship;
import cn.linggong.worker.WorkerRegistry;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every screen, drawn in Chinese and in English for a person who may open it, shows no message key
 * in place of a text ("!worker.hardship.null!"), and in English no Chinese punctuation: its texts,
 * labels, placeholders, titles, empty states and first grid rows are all read.
 */
@SpringBootTest
class NoRawKeysTest extends KaribuTestBase {

  private static final Pattern RAW_KEY = Pattern.compile("![A-Za-z][\\w.-]*!");
  private static final Pattern FULL_WIDTH = Pattern.compile("[，。；：、（）]");
  private static final java.util.Set<String> POLICY_TEXT_SCREENS =
      java.util.Set.of("admin/time-limits", "admin/calendar", "criteria-sheets");

  /** Screens that show the criteria sheet, a Chinese policy document shown as it is. */
  private static final String CRITERIA_SHEET_SCREENS = "certifications/";

  @Autowired WorkerRegistry workers;
  @Autowired WorkerHardship hardship;
  @Autowired AssistanceCases cases;
  @Autowired ComplaintIntake complaints;
  @Autowired TaskService taskService;
  @Autowired cn.linggong.worker.WorkerChanges workerChanges;
  @Autowired cn.linggong.market.MarketDirectory markets;
  @Autowired cn.linggong.market.DirectoryReviews reviews;
  @Autowired cn.linggong.certification.CertificationFilings certifications;
  @Autowired cn.linggong.certification.CriteriaSheets criteria;
  @Autowired cn.linggong.subsidy.SubsidyFilings subsidies;
  @Autowired cn.linggong.inbox.TaskCompletion completion;

  private String openCase() {
    return cn.linggong.shell.UiCases.openCase(
        directory, workers, hardship, cases, "魏春花", LocalDate.of(1982, 2, 2));
  }

  private String fileComplaint() {
    return UiCases.fileComplaint(directory, complaints);
  }

  @Test
  void noScreenShowsAMessageKeyInEitherLanguage() {
    String caseNo = openCase();
    String complaintNo = fileComplaint();
    String taskId =
        taskService.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
    String complaintTask =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(complaintNo)
            .singleResult()
            .getId();
    var caseworker = signIn("caseworker1");
    long workerId = cases.find(caseworker, caseNo).workerId();
    workerChanges.correct(
        caseworker, workerId, new cn.linggong.worker.WorkerChanges.Correction("魏春华", ""));
    workerChanges.logContact(
        caseworker,
        workerId,
        cn.linggong.worker.WorkerContact.Kind.VISIT,
        LocalDate.now().minusDays(2),
        "上门了解就业意向");
    var market =
        markets.register(caseworker, cn.linggong.testsupport.MarketDrafts.draft("鼓楼区钟楼零工驿站", null));
    markets.update(
        caseworker,
        market.id(),
        new cn.linggong.market.MarketDraft.Update(
            market.version(),
            null,
            cn.linggong.testsupport.MarketDrafts.withHours(
                cn.linggong.testsupport.MarketDrafts.draft("鼓楼区钟楼零工驿站", null), "每日 5:00—11:00")));
    reviews.start("kf-gulou", "1999Q1");
    String applicationNo =
        certifications
            .file(
                caseworker,
                new cn.linggong.certification.CertificationFilings.Filing(
                    market.id(),
                    cn.linggong.certification.Certification.Level.CITY,
                    cn.linggong.certification.Certification.SubmittedBy.OPERATOR,
                    "王丽",
                    "申报市级示范",
                    criteria.inForce(caseworker).criteria().stream()
                        .map(
                            c ->
                                new cn.linggong.certification.CertificationFilings.SelfScore(
                                    c.code(), c.points()))
                        .toList()))
            .applicationNo();
    completion.complete(
        directory.principal("supervisor1"),
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(applicationNo)
            .singleResult()
            .getId(),
        java.util.Map.of("recommended", "YES", "opinion", "推荐"));
    String completenessTask =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(applicationNo)
            .singleResult()
            .getId();
    var certified =
        markets.recordCertification(
            directory.principal("reviewer1"),
            market.id(),
            new cn.linggong.market.MarketDraft.CertificationRecord(
                markets.find(caseworker, market.id()).version(),
                cn.linggong.market.Market.Certification.DISTRICT,
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2027, 12, 31),
                "区级零工市场认定文件"));
    String subsidyNo =
        subsidies
            .file(
                caseworker,
                new cn.linggong.subsidy.SubsidyFilings.Filing(
                    certified.id(),
                    LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 6, 30),
                    cn.linggong.subsidy.SubsidyApplication.SubmittedBy.OPERATOR,
                    "王丽",
                    "开封银行 6230 0000 0000 0001",
                    null,
                    List.of(
                        new cn.linggong.subsidy.SubsidyQuotes.Claim(
                            cn.linggong.subsidy.SubsidyItem.RENT,
                            new java.math.BigDecimal("80000"))),
                    List.of()))
            .applicationNo();
    subsidies.attach(
        caseworker,
        subsidyNo,
        new cn.linggong.subsidy.SubsidyFilings.EvidenceFiling(
            cn.linggong.subsidy.SubsidyApplication.EvidenceKind.LEASE, null, null, null),
        "场地租赁合同.pdf",
        "application/pdf",
        "%PDF-1.4 lease".getBytes());
    String subsidyTask =
        taskService.createTaskQuery().processInstanceBusinessKey(subsidyNo).singleResult().getId();
    String reviewTask =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey("ML-kf-gulou-1999Q1")
            .singleResult()
            .getId();
    List<String[]> screens =
        List.of(
            new String[] {"caseworker1", "markets"},
            new String[] {"caseworker1", "markets/" + market.id()},
            new String[] {"caseworker1", "tasks/" + reviewTask},
            new String[] {"reviewer1", ""},
            new String[] {"reviewer1", "markets"},
            new String[] {"reviewer1", "markets/" + market.id()},
            new String[] {"finance1", "markets"},
            new String[] {"caseworker1", "public/markets"},
            new String[] {"caseworker1", "public/notices"},
            new String[] {"caseworker1", "certifications"},
            new String[] {"caseworker1", "certifications/" + applicationNo},
            new String[] {"reviewer1", "certifications"},
            new String[] {"reviewer1", "certification-targets"},
            new String[] {"reviewer1", "criteria-sheets"},
            new String[] {"admin", "criteria-sheets"},
            new String[] {"reviewer1", "tasks/" + completenessTask},
            new String[] {"caseworker1", "subsidies"},
            new String[] {"caseworker1", "subsidies/" + subsidyNo},
            new String[] {"reviewer1", "tasks/" + subsidyTask},
            new String[] {"finance1", "subsidies"},
            new String[] {"finance1", "subsidy-budgets"},
            new String[] {"finance1", "market-subsidies/" + market.id()},
            new String[] {"caseworker1", "workers/" + workerId},
            new String[] {"supervisor1", "workers/" + workerId},
            new String[] {"caseworker1", ""},
            new String[] {"caseworker1", "inbox"},
            new String[] {"caseworker1", "tasks/" + taskId},
            new String[] {"caseworker1", "assistance"},
            new String[] {"caseworker1", "assistance/" + caseNo},
            new String[] {"caseworker1", "workers"},
            new String[] {"caseworker1", "employers"},
            new String[] {"caseworker1", "jobs"},
            new String[] {"caseworker1", "account"},
            new String[] {"mediator1", "complaints"},
            new String[] {"mediator1", "complaints/" + complaintNo},
            new String[] {"mediator1", "tasks/" + complaintTask},
            new String[] {"supervisor1", ""},
            new String[] {"supervisor1", "supervision"},
            new String[] {"supervisor1", "dashboard"},
            new String[] {"supervisor1", "monitoring"},
            new String[] {"caseworker1", "monitoring"},
            new String[] {"caseworker1", "work-logs"},
            new String[] {"reviewer1", "monitoring"},
            new String[] {"supervisor1", "inbox?chip=overdue&unassigned=true&escalated=true"},
            new String[] {"supervisor1", "assistance/" + caseNo},
            new String[] {"admin", "admin/users"},
            new String[] {"admin", "admin/tokens"},
            new String[] {"admin", "admin/districts"},
            new String[] {"admin", "admin/outbox"},
            new String[] {"admin", "admin/operations"},
            new String[] {"admin", "admin/time-limits"},
            new String[] {"admin", "admin/calendar"},
            new String[] {"admin", "admin/full-views"});
    List<String> found = new ArrayList<>();
    java.util.Map<String, String> read = new java.util.HashMap<>();
    for (Locale language : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      for (String[] screen : screens) {
        signIn(screen[0]);
        UI.getCurrent().setLocale(language);
        String[] location = screen[1].split("\\?", 2);
        UI.getCurrent()
            .navigate(
                location[0],
                location.length > 1
                    ? com.vaadin.flow.router.QueryParameters.fromString(location[1])
                    : com.vaadin.flow.router.QueryParameters.empty());
        List<String> texts = new ArrayList<>();
        UI.getCurrent().getChildren().forEach(c -> collect(c, texts));
        gridRows(texts);
        String where = language + " /" + screen[1];
        read.put(where, String.join("\n", texts));
        for (String text : texts) {
          Matcher m = RAW_KEY.matcher(text);
          while (m.find()) {
            found.add(where + ": " + m.group());
          }
          // English screens join their texts with English punctuation (the time limits' and the
          // calendar's legal sources are Chinese documents, shown as they are)
          if (language == Locale.ENGLISH
              && !POLICY_TEXT_SCREENS.contains(screen[1])
              && !screen[1].startsWith(CRITERIA_SHEET_SCREENS)
              && FULL_WIDTH.matcher(text).find()) {
            found.add(where + ": full-width punctuation in \"" + text + "\"");
          }
        }
        signOut();
      }
    }
    assertThat(found).as("message keys shown instead of texts").isEmpty();
    // the screens were read: the case screen's owner line, in each language
    assertThat(read.get("zh_CN /assistance/" + caseNo)).contains("负责人：张敏");
    assertThat(read.get("en /assistance/" + caseNo)).contains("Responsible: 张敏");
    assertThat(read.get("zh_CN /complaints")).contains(complaintNo);
    assertThat(read.get("en /markets/" + market.id()))
        .contains(
            "Comprehensive gig market",
            "Opening hours",
            "138****5678",
            "每日 6:00—12:00 → 每日 5:00—11:00")
        .doesNotContain("13812345678");
    assertThat(read.get("zh_CN /public/markets")).contains("鼓楼区钟楼零工驿站", "138****5678");
    // process and step names in the screen's language, the BPMN's Chinese names in English too
    assertThat(read.get("zh_CN /inbox")).contains("困难认定核实", "困难零工帮扶");
    assertThat(read.get("en /inbox"))
        .contains("Confirm the hardship facts", "Hardship assistance")
        .doesNotContain("困难认定核实");
  }

  /** The first rows of every grid on the screen, as the grid shows them. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static void gridRows(List<String> texts) {
    for (com.vaadin.flow.component.grid.Grid grid :
        com.github.mvysny.kaributesting.v10.LocatorJ._find(
            com.vaadin.flow.component.grid.Grid.class)) {
      int rows = Math.min(5, com.github.mvysny.kaributesting.v10.GridKt._size(grid));
      for (int i = 0; i < rows; i++) {
        texts.addAll(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, i));
      }
    }
  }

  /** A component's texts, and those of the components within (dialogs are the UI's children). */
  private static void collect(com.vaadin.flow.component.Component component, List<String> texts) {
    collect(component.getElement(), texts);
    component.getChildren().forEach(c -> collect(c, texts));
  }

  private static void collect(Element element, List<String> texts) {
    texts.add(element.getText());
    element.getAttributeNames().forEach(a -> texts.add(element.getAttribute(a)));
    element
        .getPropertyNames()
        .forEach(
            p -> {
              Object value = element.getPropertyRaw(p);
              texts.add(value == null ? null : value.toString());
            });
    texts.removeIf(java.util.Objects::isNull);
  }
}
