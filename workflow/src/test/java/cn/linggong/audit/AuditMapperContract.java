package cn.linggong.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the audit mapper must do on every database Linggong runs on. */
abstract class AuditMapperContract {

  @Autowired AuditMapper mapper;

  @Test
  void readsASubjectsEventsNewestFirstInPages() {
    Instant t = Instant.parse("2026-10-01T08:00:00Z");
    for (int i = 0; i < 5; i++) {
      mapper.insert(
          new AuditEvent(
              null,
              t.plusSeconds(60L * i),
              "admin",
              "USER_CHANGED",
              "user",
              "audit-a",
              "kf-gulou",
              "第 " + i + " 次修改"));
    }
    mapper.insert(
        new AuditEvent(null, t, "admin", "USER_CHANGED", "user", "audit-other", null, null));

    var firstPage = mapper.findBySubject("user", "audit-a", 0, 2);
    assertThat(firstPage).extracting(AuditEvent::detail).containsExactly("第 4 次修改", "第 3 次修改");
    var lastPage = mapper.findBySubject("user", "audit-a", 4, 2);
    assertThat(lastPage).extracting(AuditEvent::detail).containsExactly("第 0 次修改");
    assertThat(lastPage.get(0).districtId()).isEqualTo("kf-gulou");
    assertThat(lastPage.get(0).id()).isNotNull();
  }

  @Test
  void keepsChineseTextIntact() {
    mapper.insert(
        new AuditEvent(
            null,
            Instant.parse("2026-10-01T08:00:00Z"),
            "caseworker1",
            "VIEWED_FULL_ID",
            "worker",
            "audit-zh",
            "kf-gulou",
            "查看完整身份证号：鼓楼区零工驿站"));
    assertThat(mapper.findBySubject("worker", "audit-zh", 0, 10))
        .singleElement()
        .extracting(AuditEvent::detail)
        .isEqualTo("查看完整身份证号：鼓楼区零工驿站");
  }
}
