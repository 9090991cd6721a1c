package cn.linggong.identity;

import com.vaadin.flow.component.Component;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Who did a step, as people read it: the user's name, or "系统" for what the engine did by itself;
 * the user id when the user is gone.
 */
@org.springframework.stereotype.Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class UserNames {

  private final DirectoryService directory;

  /** The name of {@code userId}, in the language of the screen {@code on}. */
  public String of(Component on, String userId) {
    if (cn.linggong.casefile.CaseTimeline.SYSTEM.equals(userId)) {
      return on.getTranslation("case.bySystem");
    }
    return directory.findUser(userId).map(DirectoryService.UserSummary::name).orElse(userId);
  }
}
