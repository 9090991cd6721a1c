package cn.linggong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import cn.linggong.testsupport.TestClock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The access policy as a matrix that cannot fall behind: every operation of the OpenAPI
 * description, called anonymously and as each demo user, on records of both demo districts, against
 * the table in the README ("Who may do what"). An operation the table does not name, or a row
 * naming an operation that does not exist, fails the build.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClock.class)
class AccessMatrixTest extends ApiOperations {

  @Test
  void everyOperationAnswersEveryCallerAsThePolicyTableSays() throws Exception {
    Map<String, Rule> table = table();
    Map<String, Call> calls = calls();
    List<String> operations = operations();

    assertThat(table.keySet())
        .as("rows of the README's access table naming no operation of the API")
        .isSubsetOf(operations);
    assertThat(operations)
        .as("operations of the API missing from the README's access table")
        .isSubsetOf(table.keySet());
    assertThat(calls.keySet())
        .as("operations without a sample call in this test")
        .containsAll(operations);

    Map<String, LinggongUser> people = new LinkedHashMap<>();
    DEMO_USERS.forEach(u -> people.put(u, directory.principal(u)));
    List<String> wrong = new ArrayList<>();
    int cells = 0;
    for (String operation : operations) {
      Rule rule = table.get(operation);
      Call call = calls.get(operation);
      for (String district :
          rule.district() ? DISTRICTS : java.util.Collections.<String>singletonList(null)) {
        int anonymous =
            mvc.perform(call.sample().request(district, people.get("caseworker1")))
                .andReturn()
                .getResponse()
                .getStatus();
        cells++;
        if (rule.anyone() ? !matches("allowed", anonymous, false) : anonymous != 401) {
          wrong.add(
              cell(operation, district, "anonymous", rule.anyone() ? "allowed" : "401", anonymous));
        }
        for (var person : people.entrySet()) {
          String expected = expected(rule, person.getValue(), district);
          int status =
              mvc.perform(
                      call.sample()
                          .request(district, person.getValue())
                          .with(httpBasic(person.getKey(), "demo")))
                  .andReturn()
                  .getResponse()
                  .getStatus();
          cells++;
          if (!matches(expected, status, call.badRequestIsAllowed())) {
            wrong.add(cell(operation, district, person.getKey(), expected, status));
          }
        }
      }
    }
    assertThat(wrong).as("wrong cells of %d", cells).isEmpty();
    assertThat(cells).isGreaterThan(operations.size() * (DEMO_USERS.size() + 1));
  }

  static String cell(String operation, String district, String who, String expected, int status) {
    return operation
        + (district == null ? "" : " on a record of " + district)
        + " as "
        + who
        + ": expected "
        + expected
        + ", got "
        + status;
  }
}
