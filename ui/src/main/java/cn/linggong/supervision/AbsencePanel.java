package cn.linggong.supervision;

import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.UserNames;
import cn.linggong.inbox.Absence;
import cn.linggong.inbox.Absences;
import cn.linggong.inbox.BulkResult;
import cn.linggong.shared.ui.DateField;
import cn.linggong.shared.ui.FieldErrors;
import cn.linggong.shared.validation.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.Map;

/**
 * People away and who stands in: the current absences of the district with a way to end one, and
 * the dialog that sets a person away (everything the person holds goes to the substitute, the
 * person's new steps too until the end date).
 */
class AbsencePanel extends VerticalLayout {

  private final transient Absences absences;
  private final transient UserNames names;
  private final LinggongUser user;
  private final Grid<Absence> grid = new Grid<>();
  private final transient Runnable changed;

  AbsencePanel(Absences absences, UserNames names, LinggongUser user, Runnable changed) {
    this.absences = absences;
    this.names = names;
    this.user = user;
    this.changed = changed;
    setPadding(false);
    setId("dashboard-absences");
    grid.setId("absences-grid");
    grid.setEmptyStateText(getTranslation("absence.none"));
    grid.addColumn(a -> names.of(this, a.userId()))
        .setHeader(getTranslation("absence.person"))
        .setAutoWidth(true);
    grid.addColumn(a -> names.of(this, a.substituteId()))
        .setHeader(getTranslation("absence.substitute"))
        .setAutoWidth(true);
    grid.addColumn(a -> a.awayUntil().toString())
        .setHeader(getTranslation("absence.until"))
        .setAutoWidth(true);
    grid.addColumn(a -> a.reason() == null ? "" : a.reason())
        .setHeader(getTranslation("absence.reason"))
        .setAutoWidth(true);
    grid.addColumn(
            new ComponentRenderer<>(
                a -> {
                  Button end =
                      new Button(
                          getTranslation("absence.end"),
                          e -> {
                            absences.end(user, a.id());
                            Notification.show(
                                    getTranslation("absence.ended", names.of(this, a.userId())))
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                            refresh();
                          });
                  end.setId("absence-end-" + a.id());
                  end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                  return end;
                }))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.setAllRowsVisible(true);
    add(new H3(getTranslation("absence.title")), grid);
    refresh();
  }

  private void refresh() {
    grid.setItems(absences.current(user));
  }

  /** Sets a person away: the substitute, until when, why. */
  void openAway(String userId) {
    java.util.List<String> substitutes;
    try {
      substitutes = absences.substitutes(user, userId);
    } catch (InvalidInputException cannot) {
      Notification.show(
              getTranslation(
                  cannot.violations().get(0).violation().messageKey(),
                  cannot.violations().get(0).violation().arguments().toArray()),
              5000,
              Notification.Position.MIDDLE)
          .addThemeVariants(NotificationVariant.LUMO_WARNING);
      return;
    }
    Dialog dialog = new Dialog(getTranslation("absence.set", names.of(this, userId)));
    dialog.setId("absence-dialog");
    Select<String> substitute = new Select<>();
    substitute.setId("absence-substitute");
    substitute.setLabel(getTranslation("absence.substitute"));
    substitute.setRequiredIndicatorVisible(true);
    substitute.setItems(substitutes);
    substitute.setItemLabelGenerator(id -> names.of(this, id) + " (" + id + ")");
    substitute.setEmptySelectionAllowed(false);
    DateField until = new DateField(getTranslation("absence.until"));
    until.setId("absence-until");
    until.setRequiredIndicatorVisible(true);
    TextField reason = new TextField(getTranslation("absence.reason"));
    reason.setId("absence-reason");
    reason.setPlaceholder(getTranslation("absence.reason.placeholder"));
    Button ok =
        new Button(
            getTranslation("absence.confirm"),
            e -> {
              try {
                Absences.Set set =
                    absences.away(
                        user, userId, substitute.getValue(), until.getValue(), reason.getValue());
                dialog.close();
                report(set);
                refresh();
                changed.run();
              } catch (InvalidInputException invalid) {
                FieldErrors.show(
                    this,
                    invalid,
                    Map.of("substituteId", substitute, "awayUntil", until, "reason", reason));
              }
            });
    ok.setId("absence-confirm");
    ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(new VerticalLayout(substitute, until, reason));
    dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
    dialog.open();
  }

  private void report(Absences.Set set) {
    BulkResult handed = set.handedOn();
    String who = names.of(this, set.absence().substituteId());
    cn.linggong.inbox.BulkReport.show(
        this,
        handed,
        getTranslation("absence.handed", handed.done().size(), who),
        getTranslation("absence.handedPartly", handed.done().size(), who, handed.refused().size()));
  }
}
