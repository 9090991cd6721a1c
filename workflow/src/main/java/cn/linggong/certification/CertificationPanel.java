package cn.linggong.certification;

import cn.linggong.identity.DirectoryService;
import cn.linggong.identity.Roles;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who does the application's steps, as the process asks ({@code ${certificationPanel…}}): the
 * reviewers assigned to it (one review task each), and the city's supervisors, who decide.
 */
@Component("certificationPanel")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CertificationPanel {

  private final CertificationRecords records;
  private final DirectoryService directory;

  /** The reviewers assigned to the application, in the order they were named. */
  public List<String> reviewers(DelegateExecution execution) {
    Object id = execution.getVariable(CertificationProcess.VAR_APPLICATION_ID);
    CertificationRow row = records.byId(((Number) id).longValue());
    return row.reviewers == null || row.reviewers.isBlank()
        ? List.of()
        : List.of(row.reviewers.split(","));
  }

  /** The city-level supervisors: the decision is the city bureau's. */
  public List<String> citySupervisors() {
    return directory.usersWithRole(Roles.SUPERVISOR, null).stream()
        .filter(id -> directory.principal(id).cityLevel())
        .toList();
  }

  /** The city-level reviewers, who may be assigned to score applications. */
  List<String> scorerIds() {
    return directory.usersWithRole(Roles.REVIEWER, null).stream().filter(this::mayScore).toList();
  }

  /** Whether this person may be assigned to score applications (a city-level reviewer). */
  boolean mayScore(String userId) {
    if (userId == null || !directory.exists(userId)) {
      return false;
    }
    var user = directory.principal(userId);
    return user.cityLevel() && user.hasRole(Roles.REVIEWER);
  }

  /** The person's name as the directory has it. */
  /** The organisation a person works for, as their user record names it; null when none. */
  String organisation(String userId) {
    return directory.findUser(userId).map(DirectoryService.UserSummary::organisation).orElse(null);
  }

  String name(String userId) {
    return directory.findUser(userId).map(DirectoryService.UserSummary::name).orElse(userId);
  }
}
