package cn.linggong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.linggong.assistance.AssistanceCases;
import cn.linggong.casefile.CaseDocuments;
import cn.linggong.complaint.ComplaintIntake;
import cn.linggong.complaint.Evidence;
import cn.linggong.employer.Employer;
import cn.linggong.employer.EmployerRegistry;
import cn.linggong.employer.JobBoard;
import cn.linggong.employer.PayUnit;
import cn.linggong.employer.Settlement;
import cn.linggong.employer.SkillLevel;
import cn.linggong.testsupport.TestIds;
import cn.linggong.testsupport.TestUsers;
import cn.linggong.worker.HardshipFacts;
import cn.linggong.worker.WorkerRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every operation of the API with a sample call, the policy table of the README, and the records
 * the calls are made on: shared by the access matrix and the bad-input corpus.
 */
abstract class ApiOperations {

  static final List<String> DEMO_USERS =
      List.of(
          "admin",
          "caseworker1",
          "supervisor1",
          "caseworker2",
          "mediator1",
          "reviewer1",
          "finance1",
          "province1");
  static final List<String> DISTRICTS = List.of("kf-gulou", "kf-longting");

  /** The candidate group of the sample task (a caseworker's step). */
  static final Set<String> SAMPLE_TASK_GROUPS = Set.of(Roles.CASEWORKER);

  static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'
  };
  static final AtomicInteger SERIAL = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired DirectoryService directory;
  @Autowired WorkerRegistry workers;
  @Autowired cn.linggong.worker.WorkerHardship hardship;
  @Autowired AssistanceCases cases;
  @Autowired EmployerRegistry employers;
  @Autowired cn.linggong.market.MarketDirectory markets;
  @Autowired cn.linggong.certification.CertificationFilings certifications;
  @Autowired cn.linggong.certification.CriteriaSheets criteria;
  @Autowired cn.linggong.subsidy.SubsidyFilings subsidies;
  @Autowired JobBoard jobs;
  @Autowired ComplaintIntake complaints;
  @Autowired cn.linggong.complaint.ComplaintEvidence evidence;
  @Autowired CaseDocuments documents;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired AccessTokens tokens;

  /** One row of the README's table. */
  record Rule(
      Set<String> roles,
      boolean signedIn,
      boolean district,
      boolean candidate,
      boolean orSupervisor,
      boolean anyone) {}

  /** How to call one operation: on a record of {@code district} (or none), as {@code caller}. */
  interface Sample {
    MockHttpServletRequestBuilder request(String district, LinggongUser caller) throws Exception;
  }

  /** A sample and the answer an allowed caller may get besides 2xx, 409 and 422. */
  record Call(Sample sample, boolean badRequestIsAllowed) {}

  // ---- the table and the description --------------------------------------------------------

  static final Pattern ROW =
      Pattern.compile("^\\| `(GET|POST|PUT|DELETE|PATCH) ([^`]+)` \\| ([^|]+) \\| ([^|]+) \\|$");

  static Map<String, Rule> table() throws Exception {
    String readme = Files.readString(readme(), StandardCharsets.UTF_8);
    int begin = readme.indexOf("<!-- access-table:begin -->");
    int end = readme.indexOf("<!-- access-table:end -->");
    assertThat(begin).as("the README's access table").isPositive();
    Map<String, Rule> rules = new LinkedHashMap<>();
    for (String line : readme.substring(begin, end).split("\n")) {
      Matcher m = ROW.matcher(line.trim());
      if (!m.matches()) {
        continue;
      }
      String who = m.group(3).trim();
      String scope = m.group(4).trim();
      Set<String> roles =
          who.equals("signed-in") || who.equals("anyone")
              ? Set.of()
              : Arrays.stream(who.split(","))
                  .map(String::trim)
                  .peek(r -> assertThat(Roles.ALL).as("a role in the table").contains(r))
                  .collect(Collectors.toSet());
      assertThat(scope)
          .as("scope of " + m.group(2))
          .isIn(
              "—",
              "district",
              "district, then candidate",
              "district, then candidate or supervisor");
      String key = m.group(1) + " " + m.group(2);
      assertThat(rules).as("one row per operation").doesNotContainKey(key);
      rules.put(
          key,
          new Rule(
              roles,
              who.equals("signed-in") || who.equals("anyone"),
              scope.startsWith("district"),
              scope.contains("candidate"),
              scope.endsWith("or supervisor"),
              who.equals("anyone")));
    }
    return rules;
  }

  static Path readme() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null
        && !(Files.exists(dir.resolve("README.md")) && Files.exists(dir.resolve("mvnw")))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("the repository's root").isNotNull();
    return dir.resolve("README.md");
  }

  List<String> operations() throws Exception {
    JsonNode docs =
        json.readTree(mvc.perform(get("/api/docs")).andReturn().getResponse().getContentAsString());
    List<String> operations = new ArrayList<>();
    docs.path("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        method -> operations.add(method.toUpperCase() + " " + path.getKey())));
    assertThat(operations).as("operations in the OpenAPI description").hasSizeGreaterThan(50);
    return new ArrayList<>(new TreeSet<>(operations));
  }

  // ---- records to call the operations on ------------------------------------------------------

  final Map<String, Map<String, Object>> shared = new HashMap<>();

  /** A record made once per district for the operations that only read. */
  @SuppressWarnings("unchecked")
  <T> T once(String what, String district, Function<String, T> make) {
    return (T)
        shared.computeIfAbsent(what, k -> new HashMap<>()).computeIfAbsent(district, make::apply);
  }

  static LinggongUser caseworkerOf(String district) {
    return TestUsers.of("matrix-caseworker", district, Roles.CASEWORKER);
  }

  static LinggongUser mediatorOf(String district) {
    return TestUsers.of("matrix-mediator", district, Roles.MEDIATOR);
  }

  /** The demo caseworker of a district, whom a supervisor may name a case's owner. */
  static String caseworkerLogin(String district) {
    return "kf-gulou".equals(district) ? "caseworker1" : "caseworker2";
  }

  /** The demo mediator of a district. */
  static String mediatorLogin(String district) {
    return "kf-gulou".equals(district) ? "mediator1" : "mediator2";
  }

  static String homeOf(LinggongUser caller) {
    return caller.cityLevel() ? "kf-gulou" : caller.districtId();
  }

  long worker(String district) {
    long id =
        workers
            .register(
                caseworkerOf(district),
                new WorkerRegistry.Registration(
                    "矩阵" + SERIAL.incrementAndGet(),
                    TestIds.idNumber(LocalDate.of(1975, 5, 5), false),
                    TestIds.mobile(),
                    district))
            .id();
    hardship.recordHardship(
        caseworkerOf(district),
        id,
        new HardshipFacts(HardshipFacts.LowIncome.DIBAO, null, null, false, false, null));
    return id;
  }

  String assistanceCase(String district) {
    return cases.open(caseworkerOf(district), worker(district)).caseNo();
  }

  EmployerRegistry.Registration employerDraft(String district) {
    return new EmployerRegistry.Registration(
        Employer.Kind.ORGANIZATION,
        "开封矩阵劳务有限公司" + SERIAL.incrementAndGet(),
        TestIds.creditCode(),
        null,
        "周经理",
        "13800001234",
        "开封市中山路1号",
        district);
  }

  /** A self-assessment of full marks against the sheet in force. */
  java.util.List<cn.linggong.certification.CertificationFilings.SelfScore> selfAssessment() {
    return criteria.inForce(TestUsers.admin()).criteria().stream()
        .map(
            c -> new cn.linggong.certification.CertificationFilings.SelfScore(c.code(), c.points()))
        .toList();
  }

  cn.linggong.certification.CertificationFilings.Filing filing(long marketId) {
    return new cn.linggong.certification.CertificationFilings.Filing(
        marketId,
        cn.linggong.certification.Certification.Level.CITY,
        cn.linggong.certification.Certification.SubmittedBy.DISTRICT_BUREAU,
        null,
        null,
        selfAssessment());
  }

  String certification(String district) {
    return certifications.file(caseworkerOf(district), filing(market(district))).applicationNo();
  }

  /** A subsidy application of the district for the first half of 2026 (a market of its own). */
  String subsidyApplication(String district) {
    return subsidies
        .file(caseworkerOf(district), subsidyFiling(certifiedMarket(district)))
        .applicationNo();
  }

  static cn.linggong.subsidy.SubsidyFilings.Filing subsidyFiling(long marketId) {
    return new cn.linggong.subsidy.SubsidyFilings.Filing(
        marketId,
        LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 6, 30),
        cn.linggong.subsidy.SubsidyApplication.SubmittedBy.DISTRICT_BUREAU,
        null,
        "开封银行 6230 0000 0000 0001",
        null,
        List.of(
            new cn.linggong.subsidy.SubsidyQuotes.Claim(
                cn.linggong.subsidy.SubsidyItem.RENT, new BigDecimal("80000.50"))),
        List.of());
  }

  /** The sheet in force, as a new version's draft (the same criteria: other tests keep scoring). */
  cn.linggong.certification.CriteriaSheetDraft sheetDraft() {
    var sheet = criteria.inForce(TestUsers.admin());
    return new cn.linggong.certification.CriteriaSheetDraft(
        sheet.title(),
        sheet.totalPoints(),
        sheet.passMark(),
        sheet.areas().stream()
            .map(
                a ->
                    new cn.linggong.certification.CriteriaSheetDraft.AreaDraft(
                        a.code(),
                        a.name(),
                        a.criteria().stream()
                            .map(
                                c ->
                                    new cn.linggong.certification.CriteriaSheetDraft.CriterionDraft(
                                        c.code(), c.text(), c.points(), c.evidence()))
                            .toList()))
            .toList(),
        sheet.exclusions().stream()
            .map(
                e ->
                    new cn.linggong.certification.CriteriaSheetDraft.ExclusionDraft(
                        e.code(), e.text()))
            .toList());
  }

  long market(String district) {
    return markets
        .register(
            caseworkerOf(district),
            cn.linggong.testsupport.MarketDrafts.draft(
                "矩阵零工驿站" + SERIAL.incrementAndGet(), district))
        .id();
  }

  /** A market of the district certified at district level since the start of 2025. */
  long certifiedMarket(String district) {
    long id = market(district);
    markets.recordCertification(
        directory.principal("reviewer1"),
        id,
        new cn.linggong.market.MarketDraft.CertificationRecord(
            markets.find(directory.principal("reviewer1"), id).version(),
            cn.linggong.market.Market.Certification.DISTRICT,
            java.time.LocalDate.of(2025, 1, 1),
            java.time.LocalDate.of(2027, 12, 31),
            "区级零工市场认定文件"));
    return id;
  }

  long employer(String district) {
    return employers.register(caseworkerOf(district), employerDraft(district)).id();
  }

  JobBoard.Draft jobDraft(long employerId) {
    return new JobBoard.Draft(
        employerId,
        "保洁员",
        "cleaning",
        SkillLevel.NONE,
        2,
        null,
        "开封市中山路1号",
        LocalDate.of(2026, 12, 10),
        LocalDate.of(2027, 6, 30),
        "8:00-17:00",
        new BigDecimal("160.00"),
        PayUnit.DAY,
        Settlement.WEEKLY,
        LocalDate.of(2026, 12, 10),
        "周经理",
        "13800001234");
  }

  long job(String district) {
    return jobs.post(caseworkerOf(district), jobDraft(employer(district))).id();
  }

  ComplaintIntake.Filing filing(String district) {
    return new ComplaintIntake.Filing(
        cn.linggong.complaint.Complaint.Channel.WALK_IN,
        List.of(
            new ComplaintIntake.ComplainantInput(
                "欠薪" + SERIAL.incrementAndGet(),
                TestIds.idNumber(LocalDate.of(1980, 1, 1), false),
                TestIds.mobile(),
                new BigDecimal("3000.00"))),
        null,
        employerDraft(district),
        "开封市某工地",
        false,
        LocalDate.of(2026, 9, 1),
        LocalDate.of(2026, 10, 31),
        cn.linggong.complaint.Complaint.PayAgreement.DAILY,
        "每天200元",
        "支付拖欠工资");
  }

  String complaint(String district) {
    return complaints.file(mediatorOf(district), filing(district)).complaintNo();
  }

  String task(String district) {
    return cn.linggong.testsupport.TestProcesses.tenantTask(
        repositoryService,
        runtimeService,
        taskService,
        district,
        "MATRIX-" + SERIAL.incrementAndGet());
  }

  String body(Object value) throws Exception {
    return json.writeValueAsString(value);
  }

  MockHttpServletRequestBuilder withJson(MockHttpServletRequestBuilder request, Object body)
      throws Exception {
    return request.contentType(MediaType.APPLICATION_JSON).content(body(body));
  }

  // ---- one sample call per operation ----------------------------------------------------------

  Map<String, Call> calls() {
    Map<String, Call> c = new HashMap<>();
    c.put("GET /api/me", call((d, u) -> get("/api/me")));
    c.put(
        "PUT /api/me/language",
        call((d, u) -> withJson(put("/api/me/language"), Map.of("language", "zh-CN"))));
    // a wrong current password: the answer of an allowed caller is 400 naming that field
    c.put(
        "PUT /api/me/password",
        new Call(
            (d, u) ->
                withJson(
                    put("/api/me/password"),
                    Map.of("currentPassword", "not-it", "newPassword", "a-long-new-password")),
            true));
    c.put(
        "GET /api/validation/{validator}",
        call((d, u) -> get("/api/validation/mobile").param("value", "13800001234")));

    c.put("GET /api/admin/users", call((d, u) -> get("/api/admin/users")));
    c.put(
        "POST /api/admin/users",
        call(
            (d, u) ->
                withJson(
                    post("/api/admin/users"),
                    Map.of(
                        "userId",
                        "matrix" + SERIAL.incrementAndGet(),
                        "name",
                        "矩阵用户",
                        "roles",
                        List.of(Roles.CASEWORKER),
                        "districtId",
                        "kf-gulou",
                        "password",
                        "a-long-password"))));
    c.put("GET /api/admin/users/{userId}", call((d, u) -> get("/api/admin/users/caseworker1")));
    c.put(
        "PUT /api/admin/users/{userId}",
        call(
            (d, u) ->
                withJson(
                    put("/api/admin/users/" + adminTarget()),
                    Map.of(
                        "name",
                        "矩阵目标",
                        "roles",
                        List.of(Roles.CASEWORKER),
                        "districtId",
                        "kf-gulou"))));
    c.put(
        "PUT /api/admin/users/{userId}/password",
        call(
            (d, u) ->
                withJson(
                    put("/api/admin/users/" + adminTarget() + "/password"),
                    Map.of("password", "another-long-password"))));
    c.put(
        "POST /api/admin/users/{userId}/unlock",
        call((d, u) -> post("/api/admin/users/" + adminTarget() + "/unlock")));
    c.put("GET /api/admin/districts", call((d, u) -> get("/api/admin/districts")));
    c.put(
        "POST /api/admin/districts",
        call(
            (d, u) ->
                withJson(
                    post("/api/admin/districts"),
                    Map.of("id", "mx-" + SERIAL.incrementAndGet(), "name", "矩阵区"))));

    c.put("GET /api/admin/tokens", call((d, u) -> get("/api/admin/tokens")));
    c.put(
        "POST /api/admin/tokens",
        call(
            (d, u) ->
                withJson(
                    post("/api/admin/tokens"),
                    Map.of(
                        "userId",
                        "reviewer1",
                        "name",
                        "矩阵接口",
                        "validDays",
                        30,
                        "readOnly",
                        true))));
    c.put(
        "DELETE /api/admin/tokens/{id}",
        call(
            (d, u) ->
                delete(
                    "/api/admin/tokens/"
                        + tokens
                            .create(TestUsers.admin(), "reviewer1", "矩阵吊销", 30, true)
                            .details()
                            .id())));
    c.put(
        "GET /api/calendar/add-working-days",
        call(
            (d, u) ->
                get("/api/calendar/add-working-days")
                    .param("from", "2026-12-01")
                    .param("days", "5")));
    c.put(
        "GET /api/calendar/working-days",
        call(
            (d, u) ->
                get("/api/calendar/working-days")
                    .param("from", "2026-12-01")
                    .param("to", "2026-12-31")));
    c.put(
        "GET /api/calendar/day",
        call((d, u) -> get("/api/calendar/day").param("date", "2026-12-01")));
    c.put("GET /api/calendar/years", call((d, u) -> get("/api/calendar/years")));
    c.put("GET /api/calendar/years/{year}", call((d, u) -> get("/api/calendar/years/2026")));
    // no source: an admin gets 400 for it and nothing is written; everyone else 403 first
    c.put(
        "PUT /api/calendar/years/{year}",
        new Call(
            (d, u) -> withJson(put("/api/calendar/years/2026"), Map.of("days", List.of())), true));
    c.put("GET /api/time-limits", call((d, u) -> get("/api/time-limits")));
    c.put(
        "GET /api/time-limits/{key}", call((d, u) -> get("/api/time-limits/complaint.acceptance")));
    c.put(
        "PUT /api/time-limits/{key}",
        call(
            (d, u) ->
                withJson(
                    put("/api/time-limits/test.matrix"),
                    Map.of("amount", 5, "unit", "WORKING_DAYS", "legalBasis", "测试"))));

    c.put(
        "POST /api/workers",
        call(
            (d, u) ->
                withJson(
                    post("/api/workers"),
                    Map.of(
                        "name",
                        "矩阵登记",
                        "idNumber",
                        TestIds.idNumber(LocalDate.of(1970, 3, 3), true),
                        "mobile",
                        TestIds.mobile(),
                        "districtId",
                        homeOf(u)))));
    c.put("GET /api/workers", call((d, u) -> get("/api/workers").param("name", "矩阵")));
    c.put(
        "POST /api/workers/search",
        call((d, u) -> withJson(post("/api/workers/search"), Map.of("name", "矩阵"))));
    c.put("GET /api/workers/{id}", call((d, u) -> get("/api/workers/" + sharedWorker(d))));
    c.put(
        "PUT /api/workers/{id}",
        call(
            (d, u) ->
                withJson(put("/api/workers/" + worker(d)), Map.of("name", "矩阵更正", "mobile", ""))));
    c.put(
        "POST /api/workers/{id}/transfer",
        call(
            (d, u) ->
                withJson(
                    post("/api/workers/" + worker(d) + "/transfer"),
                    Map.of(
                        "districtId",
                        "kf-gulou".equals(d) ? "kf-longting" : "kf-gulou",
                        "reason",
                        "矩阵迁居"))));
    c.put(
        "GET /api/workers/{id}/history",
        call((d, u) -> get("/api/workers/" + sharedWorker(d) + "/history")));
    c.put(
        "GET /api/workers/{id}/contacts",
        call((d, u) -> get("/api/workers/" + sharedWorker(d) + "/contacts")));
    c.put(
        "POST /api/workers/{id}/contacts",
        call(
            (d, u) ->
                withJson(
                    post("/api/workers/" + sharedWorker(d) + "/contacts"),
                    Map.of("kind", "PHONE", "on", "2025-12-01", "note", "矩阵联系"))));
    c.put(
        "GET /api/workers/{id}/id-number",
        call(
            (d, u) ->
                get("/api/workers/" + sharedWorker(d) + "/id-number")
                    .param("purpose", "CASE_HANDLING")));
    c.put(
        "GET /api/workers/{id}/hardship",
        call(
            (d, u) ->
                get("/api/workers/" + sharedWorker(d) + "/hardship")
                    .param("purpose", "CASE_HANDLING")));
    c.put(
        "PUT /api/workers/{id}/hardship",
        call(
            (d, u) ->
                withJson(
                    put("/api/workers/" + worker(d) + "/hardship"),
                    Map.of("lowIncome", "LOW_INCOME", "zeroEmploymentHousehold", true))));

    c.put(
        "POST /api/assistance-cases",
        call(
            (d, u) ->
                withJson(post("/api/assistance-cases"), Map.of("workerId", worker(homeOf(u))))));
    c.put("GET /api/assistance-cases", call((d, u) -> get("/api/assistance-cases")));
    c.put(
        "GET /api/assistance-cases/{caseNo}",
        call((d, u) -> get("/api/assistance-cases/" + sharedCase(d))));
    c.put(
        "GET /api/assistance-cases/{caseNo}/job-matches",
        call((d, u) -> get("/api/assistance-cases/" + sharedCase(d) + "/job-matches")));
    c.put(
        "GET /api/assistance-cases/{caseNo}/documents/{id}",
        call(
            (d, u) ->
                get(
                    "/api/assistance-cases/"
                        + sharedCase(d)
                        + "/documents/"
                        + sharedDocument("case-document", "assistance", sharedCase(d)))));
    c.put(
        "POST /api/assistance-cases/{caseNo}/withdrawal",
        call(
            (d, u) ->
                withJson(
                    post("/api/assistance-cases/" + assistanceCase(d) + "/withdrawal"),
                    Map.of("reason", "MOVED"))));

    c.put(
        "PUT /api/assistance-cases/{caseNo}/owner",
        call(
            (d, u) ->
                withJson(
                    put("/api/assistance-cases/" + assistanceCase(d) + "/owner"),
                    Map.of("owner", caseworkerLogin(d), "reason", "调整分工"))));
    c.put(
        "POST /api/employers",
        call((d, u) -> withJson(post("/api/employers"), employerDraft(homeOf(u)))));
    c.put("GET /api/employers", call((d, u) -> get("/api/employers")));
    c.put(
        "GET /api/employers/{id}",
        call((d, u) -> get("/api/employers/" + once("employer", d, this::employer))));
    c.put(
        "POST /api/employers/{id}/verification",
        call((d, u) -> post("/api/employers/" + employer(d) + "/verification")));

    c.put(
        "POST /api/markets",
        call(
            (d, u) ->
                withJson(
                    post("/api/markets"),
                    cn.linggong.testsupport.MarketDrafts.draft(
                        "矩阵零工驿站" + SERIAL.incrementAndGet(), homeOf(u)))));
    c.put("GET /api/markets", call((d, u) -> get("/api/markets")));
    c.put("GET /api/markets/export", call((d, u) -> get("/api/markets/export")));
    c.put(
        "GET /api/markets/{id}",
        call((d, u) -> get("/api/markets/" + once("market", d, this::market))));
    c.put(
        "GET /api/markets/{id}/history",
        call((d, u) -> get("/api/markets/" + once("market", d, this::market) + "/history")));
    c.put(
        "PUT /api/markets/{id}",
        call(
            (d, u) ->
                withJson(
                    put("/api/markets/" + market(d)),
                    new cn.linggong.market.MarketDraft.Update(
                        1,
                        null,
                        cn.linggong.testsupport.MarketDrafts.withHours(
                            cn.linggong.testsupport.MarketDrafts.draft(
                                "矩阵零工驿站" + SERIAL.incrementAndGet(), d),
                            "每日 7:00—12:00")))));
    c.put(
        "PUT /api/markets/{id}/certification",
        call(
            (d, u) ->
                withJson(
                    put("/api/markets/" + market(d) + "/certification"),
                    new cn.linggong.market.MarketDraft.CertificationRecord(
                        1,
                        cn.linggong.market.Market.Certification.PROVINCE,
                        LocalDate.of(2025, 11, 20),
                        LocalDate.of(2028, 11, 19),
                        "省级示范零工市场名单"))));
    c.put("GET /api/public/markets", call((d, u) -> get("/api/public/markets")));
    c.put("GET /api/certification-criteria", call((d, u) -> get("/api/certification-criteria")));
    c.put(
        "GET /api/certification-criteria/current",
        call((d, u) -> get("/api/certification-criteria/current")));
    c.put(
        "GET /api/certification-criteria/{version}",
        call((d, u) -> get("/api/certification-criteria/1")));
    c.put(
        "POST /api/certification-criteria",
        call((d, u) -> withJson(post("/api/certification-criteria"), sheetDraft())));
    c.put(
        "POST /api/certifications",
        call((d, u) -> withJson(post("/api/certifications"), filing(market(homeOf(u))))));
    c.put("GET /api/certifications", call((d, u) -> get("/api/certifications")));
    c.put("GET /api/certification-targets", call((d, u) -> get("/api/certification-targets")));
    c.put(
        "POST /api/subsidies/quote",
        call(
            (d, u) ->
                withJson(
                    post("/api/subsidies/quote"),
                    Map.of(
                        "marketId",
                        certifiedMarket(homeOf(u)),
                        "year",
                        2026,
                        "items",
                        List.of(Map.of("item", "RENT", "claimed", new BigDecimal("120000.50")))))));
    c.put(
        "POST /api/subsidies/applications",
        call(
            (d, u) ->
                withJson(
                    post("/api/subsidies/applications"),
                    subsidyFiling(certifiedMarket(homeOf(u))))));
    c.put("GET /api/subsidies/applications", call((d, u) -> get("/api/subsidies/applications")));
    c.put(
        "GET /api/subsidies/applications/{no}",
        call(
            (d, u) ->
                get(
                    "/api/subsidies/applications/"
                        + once("subsidy", d, this::subsidyApplication))));
    c.put(
        "POST /api/subsidies/applications/{no}/evidence",
        call(
            (d, u) ->
                multipart(
                        "/api/subsidies/applications/"
                            + once("subsidy", d, this::subsidyApplication)
                            + "/evidence")
                    .file(new MockMultipartFile("file", "租金票据.png", "image/png", PNG))
                    .param("kind", "RENT_RECEIPT")
                    .param("amount", "1000.50")
                    .param("dated", "2026-03-01")
                    .param("referenceNo", "FP" + SERIAL.incrementAndGet())));
    // nothing asked for: an allowed caller gets 409, nothing written
    c.put(
        "POST /api/subsidies/applications/{no}/supplement",
        call(
            (d, u) ->
                post(
                    "/api/subsidies/applications/"
                        + once("subsidy", d, this::subsidyApplication)
                        + "/supplement")));
    // not under notice: an allowed caller gets 409, nothing written
    c.put(
        "POST /api/subsidies/applications/{no}/objections",
        call(
            (d, u) ->
                withJson(
                    post(
                        "/api/subsidies/applications/"
                            + once("subsidy", d, this::subsidyApplication)
                            + "/objections"),
                    Map.of("text", "来电反映租金票据不实"))));
    c.put(
        "GET /api/subsidies/applications/{no}/documents/{id}",
        call(
            (d, u) ->
                get(
                    "/api/subsidies/applications/"
                        + once("subsidy", d, this::subsidyApplication)
                        + "/documents/"
                        + sharedDocument(
                            "subsidy-document",
                            "subsidy",
                            once("subsidy", d, this::subsidyApplication)))));
    c.put(
        "GET /api/subsidies/markets/{marketId}",
        call(
            (d, u) ->
                get("/api/subsidies/markets/" + once("subsidy-market", d, this::certifiedMarket))));
    c.put(
        "POST /api/subsidies/higher-grants",
        call(
            (d, u) ->
                withJson(
                    post("/api/subsidies/higher-grants"),
                    Map.of(
                        "marketId",
                        certifiedMarket(homeOf(u)),
                        "item",
                        "RENT",
                        "year",
                        2026,
                        "amount",
                        new BigDecimal("20000.50"),
                        "grantedBy",
                        "河南省人力资源和社会保障厅",
                        "documentNo",
                        "豫人社〔2026〕" + SERIAL.incrementAndGet() + "号"))));
    c.put("GET /api/subsidies/budgets", call((d, u) -> get("/api/subsidies/budgets?year=2026")));
    c.put(
        "GET /api/subsidies/ledger",
        call((d, u) -> get("/api/subsidies/ledger?year=2026&format=xlsx")));
    c.put(
        "PUT /api/subsidies/budgets/{districtId}/{year}",
        call(
            (d, u) ->
                withJson(
                    put("/api/subsidies/budgets/" + homeOf(u) + "/2026"),
                    Map.of("amount", new BigDecimal("5000000.50"), "documentNo", "汴财社〔2026〕1号"))));
    c.put("GET /api/public/subsidy-notices", call((d, u) -> get("/api/public/subsidy-notices")));
    // not under notice: anyone gets 409, nothing written
    c.put(
        "POST /api/public/subsidy-notices/{no}/objections",
        call(
            (d, u) ->
                withJson(
                    post(
                        "/api/public/subsidy-notices/"
                            + once("subsidy", "kf-gulou", this::subsidyApplication)
                            + "/objections"),
                    Map.of("text", "不符合条件"))));
    c.put("GET /api/public/notices", call((d, u) -> get("/api/public/notices")));
    // not under notice: an allowed caller gets 409, nothing written
    c.put(
        "POST /api/public/notices/{no}/objections",
        call(
            (d, u) ->
                withJson(
                    post(
                        "/api/public/notices/"
                            + once("certification", "kf-gulou", this::certification)
                            + "/objections"),
                    Map.of("text", "不符合条件"))));
    // not certified: an allowed caller gets 409, nothing written
    c.put(
        "POST /api/certifications/{no}/withdrawal",
        call(
            (d, u) ->
                withJson(
                    post(
                        "/api/certifications/"
                            + once("certification", d, this::certification)
                            + "/withdrawal"),
                    Map.of("reason", "受到通报批评"))));
    c.put(
        "POST /api/certifications/{no}/objections",
        call(
            (d, u) ->
                withJson(
                    post(
                        "/api/certifications/"
                            + once("certification", d, this::certification)
                            + "/objections"),
                    Map.of("text", "来信反映不符合条件"))));
    c.put(
        "GET /api/certifications/{no}",
        call(
            (d, u) -> get("/api/certifications/" + once("certification", d, this::certification))));
    c.put(
        "POST /api/certifications/{no}/attachments",
        call(
            (d, u) ->
                multipart("/api/certifications/" + certification(d) + "/attachments")
                    .file(new MockMultipartFile("file", "现场照片.png", "image/png", PNG))
                    .param("kind", "SITE_PHOTO")));
    c.put(
        "POST /api/certifications/{no}/supplement",
        call((d, u) -> post("/api/certifications/" + certification(d) + "/supplement")));
    c.put(
        "GET /api/certifications/{no}/documents/{id}",
        call(
            (d, u) ->
                get(
                    "/api/certifications/"
                        + once("certification", d, this::certification)
                        + "/documents/"
                        + sharedDocument(
                            "certification-document",
                            "certification",
                            once("certification", d, this::certification)))));

    c.put(
        "POST /api/jobs",
        call(
            (d, u) ->
                withJson(
                    post("/api/jobs"), jobDraft(once("employer", homeOf(u), this::employer)))));
    c.put("GET /api/jobs", call((d, u) -> get("/api/jobs")));
    c.put("GET /api/jobs/categories", call((d, u) -> get("/api/jobs/categories")));
    c.put("GET /api/jobs/{id}", call((d, u) -> get("/api/jobs/" + once("job", d, this::job))));
    c.put(
        "PUT /api/jobs/{id}/status",
        call(
            (d, u) ->
                withJson(put("/api/jobs/" + job(d) + "/status"), Map.of("status", "CLOSED"))));

    c.put(
        "POST /api/complaints",
        call((d, u) -> withJson(post("/api/complaints"), filing(homeOf(u)))));
    c.put("GET /api/complaints", call((d, u) -> get("/api/complaints")));
    c.put("GET /api/complaints/{no}", call((d, u) -> get("/api/complaints/" + sharedComplaint(d))));
    c.put(
        "POST /api/complaints/{no}/evidence",
        call(
            (d, u) ->
                multipart("/api/complaints/" + complaint(d) + "/evidence")
                    .file(new MockMultipartFile("file", "欠条.png", "image/png", PNG))
                    .param("kind", "IOU")));
    c.put(
        "GET /api/complaints/{no}/evidence/{id}",
        call(
            (d, u) ->
                get("/api/complaints/" + sharedComplaint(d) + "/evidence/" + sharedEvidence(d))));
    c.put(
        "GET /api/complaints/{no}/documents/{id}",
        call(
            (d, u) ->
                get(
                    "/api/complaints/"
                        + sharedComplaint(d)
                        + "/documents/"
                        + sharedDocument("complaint-document", "complaint", sharedComplaint(d)))));
    c.put(
        "POST /api/complaints/{no}/supplement",
        call(
            (d, u) ->
                withJson(
                    post("/api/complaints/" + complaint(d) + "/supplement"),
                    Map.of("note", "补齐"))));
    c.put(
        "POST /api/complaints/{no}/contacts",
        call(
            (d, u) ->
                withJson(
                    post("/api/complaints/" + complaint(d) + "/contacts"),
                    Map.of("kind", "CALL", "date", "2026-12-01", "summary", "电话联系用工单位"))));
    c.put(
        "POST /api/complaints/{no}/extension-request",
        call(
            (d, u) ->
                withJson(
                    post("/api/complaints/" + complaint(d) + "/extension-request"),
                    Map.of("reason", "需调取银行流水"))));
    c.put(
        "POST /api/complaints/{no}/withdrawal",
        call(
            (d, u) ->
                withJson(
                    post("/api/complaints/" + complaint(d) + "/withdrawal"),
                    Map.of("reason", "PAID_DIRECTLY"))));

    c.put(
        "PUT /api/complaints/{no}/owner",
        call(
            (d, u) ->
                withJson(
                    put("/api/complaints/" + complaint(d) + "/owner"),
                    Map.of("owner", mediatorLogin(d), "reason", "调整分工"))));

    c.put("GET /api/tasks", call((d, u) -> get("/api/tasks")));
    c.put(
        "GET /api/tasks/{taskId}",
        call((d, u) -> get("/api/tasks/" + once("task", d, this::task))));
    c.put(
        "POST /api/tasks/{taskId}/claim", call((d, u) -> post("/api/tasks/" + task(d) + "/claim")));
    c.put(
        "POST /api/tasks/{taskId}/complete",
        call((d, u) -> withJson(post("/api/tasks/" + task(d) + "/complete"), Map.of())));
    c.put(
        "POST /api/tasks/{taskId}/unclaim",
        call((d, u) -> post("/api/tasks/" + task(d) + "/unclaim")));
    c.put(
        "POST /api/tasks/{taskId}/reassign",
        call(
            (d, u) ->
                withJson(
                    post("/api/tasks/" + task(d) + "/reassign"),
                    Map.of("userId", d.equals("kf-gulou") ? "caseworker1" : "caseworker2"))));
    c.put("POST /api/tasks/next", call((d, u) -> post("/api/tasks/next")));
    c.put(
        "GET /api/monitoring/reports",
        call((d, u) -> get("/api/monitoring/reports").param("month", "2026-11")));
    c.put(
        "POST /api/tasks/bulk/reassign",
        call(
            (d, u) ->
                withJson(
                    post("/api/tasks/bulk/reassign"),
                    Map.of(
                        "taskIds",
                        List.of(task(homeOf(u))),
                        "userId",
                        "kf-longting".equals(homeOf(u)) ? "caseworker2" : "caseworker1"))));
    c.put(
        "POST /api/tasks/bulk/unclaim",
        call(
            (d, u) ->
                withJson(
                    post("/api/tasks/bulk/unclaim"), Map.of("taskIds", List.of(task(homeOf(u)))))));
    return c;
  }

  static Call call(Sample sample) {
    return new Call(sample, false);
  }

  long sharedWorker(String district) {
    return once("worker", district, this::worker);
  }

  String sharedCase(String district) {
    return once("case", district, this::assistanceCase);
  }

  String sharedComplaint(String district) {
    return once("complaint", district, this::complaint);
  }

  long sharedEvidence(String district) {
    return once(
        "evidence",
        district,
        d ->
            evidence
                .addEvidence(
                    mediatorOf(d),
                    sharedComplaint(d),
                    Evidence.Kind.IOU,
                    null,
                    "欠条.png",
                    "image/png",
                    PNG)
                .id());
  }

  long sharedDocument(String what, String caseType, String caseNo) {
    return once(
        what,
        caseNo,
        no ->
            documents
                .store(
                    new cn.linggong.casefile.CaseRef(caseType, no),
                    "TEST",
                    "test.pdf",
                    "%PDF-1.4 test".getBytes(),
                    "matrix")
                .id());
  }

  String adminTarget() {
    return once(
        "admin-target",
        "",
        k -> {
          if (directory.exists("matrix-target")) {
            return "matrix-target";
          }
          directory.createUser(
              new DirectoryService.UserDraft(
                  "matrix-target",
                  "矩阵目标",
                  null,
                  Set.of(Roles.CASEWORKER),
                  "kf-gulou",
                  "a-long-password"),
              TestUsers.admin());
          return "matrix-target";
        });
  }

  /** "allowed", "403" or "404", by the order the services check: role, district, candidate. */
  static String expected(Rule rule, LinggongUser user, String district) {
    if (!rule.signedIn() && rule.roles().stream().noneMatch(user::hasRole)) {
      return "403";
    }
    if (rule.district() && !user.cityLevel() && !user.districtId().equals(district)) {
      return "404";
    }
    if (rule.candidate()) {
      Set<String> may = new java.util.HashSet<>(SAMPLE_TASK_GROUPS);
      if (rule.orSupervisor()) {
        may.add(Roles.SUPERVISOR);
      }
      if (may.stream().noneMatch(user::hasRole)) {
        return "403";
      }
    }
    return "allowed";
  }

  static boolean matches(String expected, int status, boolean badRequestIsAllowed) {
    if (!expected.equals("allowed")) {
      return String.valueOf(status).equals(expected);
    }
    return (status >= 200 && status < 300)
        || status == 409
        || status == 422
        || (badRequestIsAllowed && status == 400);
  }
}
