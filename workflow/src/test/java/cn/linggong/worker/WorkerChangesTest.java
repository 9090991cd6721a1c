package cn.linggong.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.linggong.audit.AuditService;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.shared.validation.FieldViolation;
import cn.linggong.shared.validation.InvalidInputException;
import cn.linggong.testsupport.TestIds;
import cn.linggong.testsupport.TestUsers;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The worker's record over time: corrections kept with who, when, before and after (numbers
 * masked), a transfer only by a city-level admin with a reason, the contact log, and scans checked
 * and kept encrypted with every opening audited.
 */
@SpringBootTest
class WorkerChangesTest {

  private static final LinggongUser CASEWORKER =
      TestUsers.of("caseworker1", "kf-gulou", Roles.CASEWORKER);
  private static final LinggongUser SUPERVISOR =
      TestUsers.of("supervisor1", "kf-gulou", Roles.SUPERVISOR);

  @Autowired WorkerRegistry registry;
  @Autowired WorkerChanges changes;
  @Autowired WorkerDocuments documents;
  @Autowired AuditService audit;
  @Autowired JdbcTemplate jdbc;

  private Worker register(String name, String mobile) {
    return registry.register(
        CASEWORKER,
        new WorkerRegistry.Registration(
            name, TestIds.idNumber(LocalDate.of(1985, 5, 5), false), mobile, null));
  }

  private static List<String> fields(InvalidInputException e) {
    return e.violations().stream().map(FieldViolation::field).toList();
  }

  @Test
  void aCorrectionIsKeptWithWhoWhenBeforeAndAfterAndNumbersMasked() {
    Worker w = register("张三", "13912340001");
    changes.correct(CASEWORKER, w.id(), new WorkerChanges.Correction("张叁", ""));
    Worker corrected =
        changes.correct(CASEWORKER, w.id(), new WorkerChanges.Correction("张叁", "139 1234 0002"));

    assertThat(corrected.name()).isEqualTo("张叁");
    assertThat(corrected.mobileMasked()).isEqualTo("139****0002");
    List<WorkerChange> history = changes.history(CASEWORKER, w.id());
    assertThat(history)
        .extracting(WorkerChange::field, WorkerChange::before, WorkerChange::after)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("mobile", "139****0001", "139****0002"),
            org.assertj.core.groups.Tuple.tuple("name", "张三", "张叁"));
    assertThat(history).allSatisfy(c -> assertThat(c.changedBy()).isEqualTo("caseworker1"));
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM worker_change WHERE before_text LIKE '%13912340001%'"
                    + " OR after_text LIKE '%13912340002%'",
                Integer.class))
        .as("no full number in the history")
        .isZero();

    assertThatThrownBy(
            () -> changes.correct(CASEWORKER, w.id(), new WorkerChanges.Correction(" ", "12")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(fields(e)).containsExactlyInAnyOrder("name", "mobile"));
    assertThatThrownBy(
            () -> changes.correct(SUPERVISOR, w.id(), new WorkerChanges.Correction("李四", "")))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aChangeOfSkillsOrPayIsKeptAndAnUnchangedValueIsNot() {
    Worker w = register("吕八", TestIds.mobile());
    changes.changeSkills(
        CASEWORKER,
        w.id(),
        List.of("cleaning"),
        cn.linggong.employer.SkillLevel.NONE,
        new java.math.BigDecimal("180"));
    assertThat(changes.history(CASEWORKER, w.id()))
        .extracting(WorkerChange::field, WorkerChange::before, WorkerChange::after)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("desiredDailyPay", null, "180.00"),
            org.assertj.core.groups.Tuple.tuple("skills", null, "cleaning"));
  }

  @Test
  void onlyACityLevelAdminTransfersAWorkerWithAReasonAndItIsKept() {
    Worker w = register("王五", TestIds.mobile());
    assertThatThrownBy(() -> changes.transfer(CASEWORKER, w.id(), "kf-longting", "搬家"))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> changes.transfer(TestUsers.admin(), w.id(), "kf-gulou", " "))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(fields(e)).containsExactlyInAnyOrder("districtId", "reason"));

    Worker moved = changes.transfer(TestUsers.admin(), w.id(), "kf-longting", "户籍迁至龙亭区");
    assertThat(moved.districtId()).isEqualTo("kf-longting");
    assertThat(changes.history(TestUsers.admin(), w.id()))
        .first()
        .satisfies(
            c -> {
              assertThat(c.field()).isEqualTo("districtId");
              assertThat(c.before()).isEqualTo("鼓楼区");
              assertThat(c.after()).isEqualTo("龙亭区");
              assertThat(c.reason()).isEqualTo("户籍迁至龙亭区");
            });
    assertThat(audit.forSubject("worker", String.valueOf(w.id()), 0, 20))
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo("WORKER_TRANSFERRED");
              assertThat(e.actor()).isEqualTo("admin");
            });
    assertThatThrownBy(() -> registry.find(CASEWORKER, w.id()))
        .as("gulou no longer sees the worker")
        .isInstanceOf(cn.linggong.shared.NotFoundException.class);
  }

  @Test
  void theContactLogKeepsWhatWasSaidAndRefusesAFutureDate() {
    Worker w = register("赵六", TestIds.mobile());
    changes.logContact(
        CASEWORKER, w.id(), WorkerContact.Kind.PHONE, LocalDate.now().minusDays(1), "电话确认面试时间");
    assertThat(changes.contacts(SUPERVISOR, w.id()))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(WorkerContact.Kind.PHONE);
              assertThat(c.note()).isEqualTo("电话确认面试时间");
              assertThat(c.recordedBy()).isEqualTo("caseworker1");
            });
    assertThatThrownBy(
            () -> changes.logContact(CASEWORKER, w.id(), null, LocalDate.now().plusDays(30), " "))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(fields(e)).containsExactlyInAnyOrder("kind", "on", "note"));
  }

  @Test
  void aScanIsCheckedKeptEncryptedAndEveryOpeningAudited() {
    Worker w = register("钱七", TestIds.mobile());
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    assertThatThrownBy(
            () ->
                documents.add(
                    CASEWORKER,
                    w.id(),
                    WorkerDocuments.Kind.LOW_INCOME_CERTIFICATE,
                    "dibao.png",
                    "image/png",
                    "MZ this is no picture".getBytes()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations().get(0).violation().messageKey())
                    .isEqualTo("upload.notWhatItSays"));

    var stored =
        documents.add(
            CASEWORKER,
            w.id(),
            WorkerDocuments.Kind.LOW_INCOME_CERTIFICATE,
            "../../低保证.png",
            "image/png",
            png);
    assertThat(stored.fileName()).isEqualTo("低保证.png");
    byte[] atRest =
        jdbc.queryForObject(
            "SELECT content FROM case_document WHERE id = ?", byte[].class, stored.id());
    assertThat(atRest).as("encrypted at rest").isNotEqualTo(png);
    assertThat(documents.of(SUPERVISOR, w.id()))
        .extracting(d -> d.id())
        .containsExactly(stored.id());
    assertThat(documents.file(SUPERVISOR, w.id(), stored.id()).content()).isEqualTo(png);
    assertThat(audit.forSubject("worker", String.valueOf(w.id()), 0, 20))
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo("VIEWED_WORKER_DOCUMENT");
              assertThat(e.actor()).isEqualTo("supervisor1");
            });
  }
}
