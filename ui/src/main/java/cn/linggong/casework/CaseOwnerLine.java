package cn.linggong.casework;

import cn.linggong.casefile.CaseOwnerPolicy;
import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.ui.SaveDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Who is responsible for a case ("负责人：张敏", the login on hover) and, for a supervisor while the case
 * is open, the way to name another: a choice among those who work the case type in the district and
 * a reason, kept on the timeline.
 */
public class CaseOwnerLine extends HorizontalLayout {

  public CaseOwnerLine(
      CaseContext context,
      String owner,
      boolean open,
      Supplier<List<String>> candidates,
      BiConsumer<String, String> change,
      Runnable changed) {
    setId("case-owner");
    setAlignItems(FlexComponent.Alignment.BASELINE);
    Span who =
        new Span(
            getTranslation(
                "case.owner",
                owner == null
                    ? getTranslation("case.owner.none")
                    : context.names().of(this, owner)));
    who.setId("case-owner-name");
    if (owner != null) {
      who.getElement().setAttribute("title", owner);
    }
    add(who);
    LinggongUser user = context.user();
    if (open && CaseOwnerPolicy.CHANGE.allows(user)) {
      Button button =
          new Button(
              getTranslation("case.owner.change"),
              e -> {
                List<String> others =
                    candidates.get().stream().filter(c -> !c.equals(owner)).toList();
                if (others.isEmpty()) {
                  com.vaadin.flow.component.notification.Notification.show(
                          getTranslation("case.owner.noneEligible"))
                      .addThemeVariants(
                          com.vaadin.flow.component.notification.NotificationVariant.LUMO_WARNING);
                } else {
                  dialog(context, others, change, changed).open();
                }
              });
      button.setId("case-owner-change");
      button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
      add(button);
    }
  }

  private SaveDialog dialog(
      CaseContext context,
      List<String> candidates,
      BiConsumer<String, String> change,
      Runnable changed) {
    Select<String> to = new Select<>();
    to.setId("owner-select");
    to.setLabel(getTranslation("case.owner.new"));
    to.setItems(candidates);
    to.setItemLabelGenerator(id -> context.names().of(this, id) + " (" + id + ")");
    to.setRequiredIndicatorVisible(true);
    TextArea reason = new TextArea(getTranslation("case.owner.reason"));
    reason.setId("owner-reason");
    reason.setRequiredIndicatorVisible(true);
    reason.setWidthFull();
    return new SaveDialog(
        getTranslation("case.owner.change"),
        "owner-save",
        new VerticalLayout(to, reason),
        Map.of("owner", to, "reason", reason),
        () -> {
          change.accept(to.getValue(), reason.getValue());
          return getTranslation("case.owner.changed", context.names().of(this, to.getValue()));
        },
        changed);
  }
}
