package cn.linggong.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.testsupport.TestIds;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the crash tests' clients do over the README's REST API, as the demo users mediator1 and
 * caseworker1 of 鼓楼区: file wage complaints, register workers and open assistance cases.
 */
final class Filings {

  private Filings() {}

  /** A complaint of one worker against the employer of {@code creditCode}. */
  static Map<String, Object> complaint(String creditCode, boolean construction) {
    return Map.of(
        "channel", "WALK_IN",
        "complainants",
            List.of(
                Map.of(
                    "name",
                    "雷振",
                    "idNumber",
                    TestIds.idNumber(LocalDate.of(1984, 4, 4), false),
                    "mobile",
                    TestIds.mobile(),
                    "amountOwed",
                    "2100.00")),
        "employer",
            Map.of(
                "kind", "ORGANIZATION",
                "name", "开封市测试装修有限公司",
                "creditCode", creditCode,
                "contactName", "吴经理",
                "contactPhone", "13700009999",
                "address", "鼓楼区中山路88号"),
        "project", construction ? "鼓楼区安置房二期工程" : "商铺装修",
        "construction", construction,
        "workStart", "2026-05-06",
        "workEnd", "2026-06-06",
        "payAgreement", "DAILY",
        "request", "支付拖欠的工资");
  }

  /** Files a complaint; its number when the server said 201, else null. */
  static String fileComplaint(JarNode node, String creditCode, boolean construction)
      throws Exception {
    HttpResponse<String> r =
        node.send("mediator1", "POST", "/api/complaints", complaint(creditCode, construction));
    return r.statusCode() == 201
        ? JarNode.JSON.readTree(r.body()).get("complaintNo").asText()
        : null;
  }

  /**
   * Registers a woman born in 1975 (大龄: a hardship at intake) and opens a case; the case number
   * when the server said 201, else null.
   */
  static String openCase(JarNode node, int n) throws Exception {
    return openCase(node, n, LocalDate.of(1975, 3, 3), true);
  }

  /** Registers a worker and opens a case; the case number when the server said 201, else null. */
  static String openCase(JarNode node, int n, LocalDate birth, boolean female) throws Exception {
    HttpResponse<String> worker =
        node.send(
            "caseworker1",
            "POST",
            "/api/workers",
            Map.of(
                "name", "岳梅" + n,
                "idNumber", TestIds.idNumber(birth, female),
                "mobile", TestIds.mobile()));
    if (worker.statusCode() != 201) {
      return null;
    }
    long id = JarNode.JSON.readTree(worker.body()).get("id").asLong();
    HttpResponse<String> opened =
        node.send("caseworker1", "POST", "/api/assistance-cases", Map.of("workerId", id));
    return opened.statusCode() == 201
        ? JarNode.JSON.readTree(opened.body()).get("caseNo").asText()
        : null;
  }

  static JsonNode read(JarNode node, String user, String path) throws Exception {
    HttpResponse<String> r = node.send(user, "GET", path, null);
    assertThat(r.statusCode()).as("GET %s", path).isEqualTo(200);
    return JarNode.JSON.readTree(r.body());
  }
}
