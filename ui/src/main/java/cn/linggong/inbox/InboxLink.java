package cn.linggong.inbox;

import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A link to the inbox opened on a chip and filters: the dashboard's figures and the home screen
 * point into the inbox with these, and {@link InboxView} reads the same parameters back.
 */
public record InboxLink(
    String chip,
    String districtId,
    String processKey,
    String stepKey,
    String assignee,
    boolean unassigned,
    boolean escalated) {

  static final String CHIP = "chip";
  static final String DISTRICT = "district";
  static final String PROCESS = "process";
  static final String STEP = "step";
  static final String ASSIGNEE = "assignee";
  static final String UNASSIGNED = "unassigned";
  static final String ESCALATED = "escalated";

  /** The inbox on a chip (all, mine, groups, team, district, overdue, dueSoon), no filter. */
  public static InboxLink chip(String chip) {
    return new InboxLink(chip, null, null, null, null, false, false);
  }

  public InboxLink district(String id) {
    return new InboxLink(chip, id, processKey, stepKey, assignee, unassigned, escalated);
  }

  public InboxLink process(String key) {
    return new InboxLink(chip, districtId, key, stepKey, assignee, unassigned, escalated);
  }

  public InboxLink step(String key) {
    return new InboxLink(chip, districtId, processKey, key, assignee, unassigned, escalated);
  }

  /** The tasks {@code userId} holds; {@code null}: the tasks nobody holds. */
  public InboxLink heldBy(String userId) {
    return new InboxLink(chip, districtId, processKey, stepKey, userId, userId == null, escalated);
  }

  public InboxLink escalatedOnly() {
    return new InboxLink(chip, districtId, processKey, stepKey, assignee, unassigned, true);
  }

  /** {@code inbox?chip=…&…}. */
  public String href() {
    Map<String, List<String>> params = new LinkedHashMap<>();
    put(params, CHIP, chip);
    put(params, DISTRICT, districtId);
    put(params, PROCESS, processKey);
    put(params, STEP, stepKey);
    put(params, ASSIGNEE, assignee);
    if (unassigned) {
      put(params, UNASSIGNED, "true");
    }
    if (escalated) {
      put(params, ESCALATED, "true");
    }
    return "inbox?" + new QueryParameters(params).getQueryString();
  }

  private static void put(Map<String, List<String>> params, String name, String value) {
    if (value != null && !value.isBlank()) {
      params.put(name, List.of(value));
    }
  }
}
