package cn.linggong.assistance;

import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.ui.FieldErrors;
import cn.linggong.shared.validation.InvalidInputException;
import cn.linggong.worker.Worker;
import cn.linggong.worker.WorkerAction;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.core.annotation.Order;

/**
 * 开案 on the worker list and page: opens an assistance case for the worker and goes to it; offered
 * only where it can succeed (a worker with an open case is offered that case instead).
 */
@org.springframework.stereotype.Component
@Order(10)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OpenCaseAction implements WorkerAction {

  private final AssistanceCases cases;

  @Override
  public Optional<Component> control(Worker w, LinggongUser user) {
    if (!AssistancePolicy.OPEN.allows(user)) {
      return Optional.empty();
    }
    UI ui = UI.getCurrent();
    var existing = cases.openCaseOf(user, w.id());
    if (existing.isPresent()) {
      // one open case at a time: 建立帮扶案件 could not succeed, so the case is offered instead
      String no = existing.get().caseNo();
      Button go =
          new Button(
              ui.getTranslation("worker.openCaseExists", no), e -> ui.navigate("assistance/" + no));
      go.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
      go.setId("worker-case-" + w.id());
      return Optional.of(go);
    }
    Button open = new Button(ui.getTranslation("worker.openCase"));
    open.addClickListener(e -> confirm(ui, open, w, user));
    open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
    open.setId("worker-open-case-" + w.id());
    return Optional.of(open);
  }

  /** Opening a case starts its process and its clocks: asked once more, naming the worker. */
  private void confirm(UI ui, Button open, Worker w, LinggongUser user) {
    com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
    dialog.setId("open-case-dialog");
    dialog.setHeaderTitle(ui.getTranslation("worker.openCase"));
    dialog.add(
        new com.vaadin.flow.component.html.Paragraph(
            ui.getTranslation("worker.openCaseConfirm", w.name(), w.idNumberMasked())));
    Button yes =
        new Button(
            ui.getTranslation("worker.openCaseYes"),
            e -> {
              dialog.close();
              try {
                AssistanceCase opened = cases.open(user, w.id());
                Notification.show(ui.getTranslation("worker.caseOpened", opened.caseNo()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                ui.navigate("assistance/" + opened.caseNo());
              } catch (InvalidInputException invalid) {
                Notification.show(FieldErrors.summary(open, invalid))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
              }
            });
    yes.setId("open-case-confirm");
    yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button no = new Button(ui.getTranslation("action.cancel"), e -> dialog.close());
    no.setId("open-case-cancel");
    dialog.getFooter().add(no, yes);
    dialog.open();
  }
}
