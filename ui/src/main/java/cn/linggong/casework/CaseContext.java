package cn.linggong.casework;

import cn.linggong.identity.CurrentUser;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.UserNames;
import java.time.Clock;
import java.time.ZoneId;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * What every case screen and side panel needs besides its case type's services: who is looking, how
 * people are named, and the bureau's time zone.
 */
@org.springframework.stereotype.Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CaseContext {

  private final CurrentUser currentUser;
  private final UserNames names;
  private final Clock clock;
  private final cn.linggong.inbox.TaskDetails details;

  /** The signed-in person (refused when nobody is). */
  public LinggongUser user() {
    return currentUser.require();
  }

  public UserNames names() {
    return names;
  }

  public ZoneId zone() {
    return clock.getZone();
  }

  public Clock clock() {
    return clock;
  }

  /** What the case's process waits for besides its open steps (its timers). */
  public java.util.List<cn.linggong.inbox.TaskDetails.Waiting> waits(String processInstanceId) {
    return details.waits(processInstanceId);
  }
}
