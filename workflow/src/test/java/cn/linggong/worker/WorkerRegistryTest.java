package cn.linggong.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.linggong.audit.AuditService;
import cn.linggong.testsupport.TestClock;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The worker registry: encrypted at rest, masked on the way out, one registration per person, every
 * full look audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClock.class)
class WorkerRegistryTest {

  private static final String ID = "410204197602280041";
  private static final String MOBILE = "13912345678";

  @Autowired MockMvc mvc;
  @Autowired DataSource dataSource;
  @Autowired AuditService audit;
  @Autowired ObjectMapper json;

  private long register(String user, String name, String id, String mobile) throws Exception {
    String body =
        mvc.perform(
                post("/api/workers")
                    .with(httpBasic(user, "demo"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        json.writeValueAsString(
                            Map.of("name", name, "idNumber", id, "mobile", mobile))))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(body).get("id").asLong();
  }

  @Test
  void registersWithNumbersMaskedAndDerivesBirthDateAndSex() throws Exception {
    mvc.perform(
            post("/api/workers")
                .with(httpBasic("caseworker1", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"name\":\"王芳\",\"idNumber\":\"" + ID + "\",\"mobile\":\"139 1234 5678\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.idNumberMasked").value("410204********0041"))
        .andExpect(jsonPath("$.mobileMasked").value("139****5678"))
        .andExpect(jsonPath("$.birthYear").value(1976))
        .andExpect(jsonPath("$.birthDate").doesNotExist())
        .andExpect(jsonPath("$.sex").value("FEMALE"))
        .andExpect(jsonPath("$.districtId").value("kf-gulou"));

    // the same person again, in the same district: refused, saying where
    mvc.perform(registerAgain("caseworker1"))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[?(@.field=='idNumber')].message", hasItem("此人已在鼓楼区登记，不能重复登记")));

    // in another district: refused without saying where (that district is not theirs to see)
    mvc.perform(registerAgain("caseworker2"))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[?(@.field=='idNumber')].message", hasItem("已在其他区县登记，请联系市级管理员")))
        .andExpect(content().string(not(containsString("鼓楼"))));

    // nothing in the database holds the numbers in clear
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    for (String table :
        List.of("worker", "audit_event", "ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
      String everything =
          String.join(
              "|",
              jdbc.queryForList("SELECT * FROM " + table).stream().map(Object::toString).toList());
      assertThat(everything).as(table).doesNotContain(ID).doesNotContain(MOBILE);
    }
    // nor what rebuilds the number: the masked form beside the birth date (area + birth date +
    // last four is the whole number), or the birth date alone
    String workers =
        String.join(
            "|", jdbc.queryForList("SELECT * FROM worker").stream().map(Object::toString).toList());
    assertThat(workers)
        .doesNotContain(ID.substring(0, 6) + "********")
        .doesNotContain("1976-02-28")
        .doesNotContain("19760228");
    // found by its last four, through their keyed hash
    mvc.perform(lookup("caseworker1", "idNumber", ID.substring(14)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].idNumberMasked", hasItem("410204********0041")));
  }

  /** Looks for workers by one field of POST /api/workers/search, as {@code user}. */
  private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder lookup(
      String user, String field, String value) {
    return post("/api/workers/search")
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"" + field + "\":\"" + value + "\"}")
        .with(httpBasic(user, "demo"));
  }

  /** The person of {@link #ID} registered again (lower-case check character), as {@code user}. */
  private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder
      registerAgain(String user) {
    return post("/api/workers")
        .with(httpBasic(user, "demo"))
        .contentType(MediaType.APPLICATION_JSON)
        .content(
            "{\"name\":\"王芳\",\"idNumber\":\""
                + ID.toLowerCase()
                + "\",\"mobile\":\"13900000000\"}");
  }

  @Test
  void badInputGetsAMessagePerFieldAndWritesNothing() throws Exception {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    int before = jdbc.queryForObject("SELECT COUNT(*) FROM worker", Integer.class);
    mvc.perform(
            post("/api/workers")
                .with(httpBasic("caseworker1", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"name\":\"\",\"idNumber\":\"410102198503151233\",\"mobile\":\"12812345678\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field=='name')].message", hasItem("此项为必填项")))
        .andExpect(
            jsonPath("$.errors[?(@.field=='idNumber')].message", hasItem(containsString("校验位"))))
        .andExpect(
            jsonPath("$.errors[?(@.field=='mobile')].message", hasItem(containsString("13 至 19"))));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM worker", Integer.class)).isEqualTo(before);
  }

  @Test
  void otherDistrictsDoNotSeeTheWorkerAndAFullLookIsAudited() throws Exception {
    long id = register("caseworker1", "赵刚", "440304200002290014", "13712345678");
    mvc.perform(get("/api/workers/" + id).with(httpBasic("caseworker2", "demo")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/workers/" + id).with(httpBasic("caseworker1", "demo")))
        .andExpect(jsonPath("$.idNumberMasked").value("440304********0014"));
    // a full look needs a purpose from the list, and 其他 a reason
    mvc.perform(get("/api/workers/" + id + "/id-number").with(httpBasic("caseworker1", "demo")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field=='purpose')].message", hasItem("请选择查看用途")));
    mvc.perform(
            get("/api/workers/" + id + "/id-number")
                .param("purpose", "OTHER")
                .with(httpBasic("caseworker1", "demo")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field=='purposeNote')]").exists());
    mvc.perform(
            get("/api/workers/" + id + "/id-number")
                .param("purpose", "核对身份")
                .with(httpBasic("caseworker1", "demo")))
        .andExpect(status().isBadRequest());
    assertThat(audit.forSubject("worker", String.valueOf(id), 0, 10))
        .extracting("action")
        .as("a refused look is no look")
        .doesNotContain("VIEWED_FULL_ID_NUMBER");
    mvc.perform(
            get("/api/workers/" + id + "/id-number")
                .param("purpose", "OTHER")
                .param("purposeNote", "社保补贴发放核对")
                .with(httpBasic("caseworker1", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.idNumber").value("440304200002290014"));
    assertThat(audit.forSubject("worker", String.valueOf(id), 0, 10))
        .extracting("action", "detail")
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "VIEWED_FULL_ID_NUMBER", "purpose=OTHER; 社保补贴发放核对"));
  }

  @Test
  void findsByFullIdNumberOrMobileWithoutDecrypting() throws Exception {
    long id =
        register("caseworker1", "孙丽", "110105194912310021".substring(0, 17) + "X", "13612345678");
    mvc.perform(lookup("caseworker1", "idNumber", "11010519491231002x"))
        .andExpect(jsonPath("$[0].id").value(id));
    mvc.perform(lookup("caseworker1", "mobile", "+86 136-1234-5678"))
        .andExpect(jsonPath("$[0].id").value(id));
    mvc.perform(lookup("caseworker2", "mobile", "13612345678"))
        .andExpect(jsonPath("$.length()").value(0));
    // numbers do not travel in addresses, where proxies log them
    mvc.perform(
            get("/api/workers")
                .param("mobile", "13612345678")
                .with(httpBasic("caseworker1", "demo")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("mobile"));
  }

  @Test
  void hardshipFactsAreStoredUnreadableYetSearchableByStatus() throws Exception {
    long id = register("caseworker1", "钱敏", "410102202401010024", "13512345678");
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                    "/api/workers/" + id + "/hardship")
                .with(httpBasic("caseworker1", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"lowIncome\":\"DIBAO\",\"disabilityCertificate\":\"41010219850315123243\",\"disabilityGrade\":5,"
                        + "\"zeroEmploymentHousehold\":true,\"longTermUnemployed\":false}"))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[?(@.field=='disabilityGrade')].message", hasItem("残疾等级应为 1 至 4 级")));
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                    "/api/workers/" + id + "/hardship")
                .with(httpBasic("caseworker1", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"lowIncome\":\"DIBAO\",\"disabilityCertificate\":\"41010219850315123243\",\"disabilityGrade\":2,"
                        + "\"zeroEmploymentHousehold\":true,\"longTermUnemployed\":false,\"waitingSince\":\"2026-03-01\"}"))
        .andExpect(status().isNoContent());

    mvc.perform(
            get("/api/workers")
                .param("hardship", "low-income")
                .param("name", "钱敏")
                .with(httpBasic("caseworker1", "demo")))
        .andExpect(jsonPath("$[0].id").value(id));
    mvc.perform(
            get("/api/workers")
                .param("hardship", "long-term-unemployed")
                .param("name", "钱敏")
                .with(httpBasic("caseworker1", "demo")))
        .andExpect(jsonPath("$.length()").value(0));
    mvc.perform(
            get("/api/workers/" + id + "/hardship")
                .param("purpose", "CASE_HANDLING")
                .with(httpBasic("caseworker1", "demo")))
        .andExpect(jsonPath("$.lowIncome").value("DIBAO"))
        .andExpect(jsonPath("$.disabilityGrade").value(2))
        .andExpect(jsonPath("$.waitingSince").value("2026-03-01"));
    assertThat(audit.forSubject("worker", String.valueOf(id), 0, 10))
        .extracting("action")
        .contains("VIEWED_HARDSHIP");

    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    String stored =
        String.join(
                "|",
                jdbc.queryForList("SELECT * FROM worker WHERE id = ?", id).stream()
                    .map(Object::toString)
                    .toList())
            + String.join(
                "|",
                jdbc
                    .queryForList("SELECT * FROM worker_hardship_tag WHERE worker_id = ?", id)
                    .stream()
                    .map(Object::toString)
                    .toList());
    assertThat(stored)
        .doesNotContain("DIBAO")
        .doesNotContain("41010219850315123243")
        .doesNotContain("low-income")
        .doesNotContain("zero-employment");
  }
}
