package cn.linggong.worker;

import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.ui.FieldErrors;
import cn.linggong.shared.validation.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hardship facts of a worker, from the list and from the worker's page: entered or corrected
 * here; recorded facts are shown only after "查看", which is audited. Saving waits for that look
 * (unless the worker was registered just now), so facts never seen cannot be overwritten by the
 * empty form.
 */
class HardshipDialog extends Dialog {

  HardshipDialog(
      WorkerHardship hardshipFacts,
      LinggongUser user,
      Worker w,
      boolean justRegistered,
      Runnable saved) {
    Dialog dialog = this;
    dialog.setId("hardship-dialog");
    dialog.setHeaderTitle(getTranslation("worker.hardship.title", w.name()));
    Select<HardshipFacts.LowIncome> lowIncome = new Select<>();
    lowIncome.setId("hardship-low-income");
    lowIncome.setLabel(getTranslation("worker.hardship.lowIncome"));
    lowIncome.setItems(HardshipFacts.LowIncome.values());
    lowIncome.setItemLabelGenerator(l -> getTranslation("worker.lowIncome." + l));
    lowIncome.setValue(HardshipFacts.LowIncome.NONE);
    TextField certificate = new TextField(getTranslation("worker.hardship.certificate"));
    IntegerField grade = new IntegerField(getTranslation("worker.hardship.grade"));
    Checkbox zero = new Checkbox(getTranslation("worker.hardship.zeroEmployment"));
    Checkbox longTerm = new Checkbox(getTranslation("worker.hardship.longTermUnemployed"));
    cn.linggong.shared.ui.DateField waiting =
        new cn.linggong.shared.ui.DateField(getTranslation("worker.hardship.waitingSince"));
    Map<String, HasValidation> fields = new LinkedHashMap<>();
    fields.put("disabilityCertificate", certificate);
    fields.put("disabilityGrade", grade);
    fields.put("waitingSince", waiting);
    Button save =
        new Button(
            getTranslation("employer.save"),
            e -> {
              try {
                hardshipFacts.recordHardship(
                    user,
                    w.id(),
                    new HardshipFacts(
                        lowIncome.getValue(),
                        certificate.getValue().isBlank() ? null : certificate.getValue().trim(),
                        grade.getValue(),
                        zero.getValue(),
                        longTerm.getValue(),
                        waiting.getValue()));
                dialog.close();
                Notification.show(getTranslation("worker.hardship.saved"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                saved.run();
              } catch (InvalidInputException invalid) {
                FieldErrors.show(this, invalid, fields);
              }
            });
    Button reveal =
        new Button(
            getTranslation("worker.hardship.reveal"),
            e ->
                new cn.linggong.privacy.PurposeDialog(
                        getTranslation("worker.hardship.reveal"),
                        (purpose, note) -> {
                          hardshipFacts
                              .hardship(user, w.id(), purpose, note)
                              .ifPresentOrElse(
                                  f -> {
                                    lowIncome.setValue(
                                        f.lowIncome() == null
                                            ? HardshipFacts.LowIncome.NONE
                                            : f.lowIncome());
                                    certificate.setValue(
                                        f.disabilityCertificate() == null
                                            ? ""
                                            : f.disabilityCertificate());
                                    grade.setValue(f.disabilityGrade());
                                    zero.setValue(f.zeroEmploymentHousehold());
                                    longTerm.setValue(f.longTermUnemployed());
                                    waiting.setValue(f.waitingSince());
                                  },
                                  () ->
                                      Notification.show(getTranslation("worker.hardship.noneYet")));
                          e.getSource().setEnabled(false);
                          save.setEnabled(true);
                          save.setTooltipText(null);
                        })
                    .open());
    reveal.setId("hardship-reveal");
    save.setId("hardship-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.setVisible(WorkerPolicy.RECORD_HARDSHIP.allows(user));
    save.setEnabled(justRegistered);
    save.setTooltipText(justRegistered ? null : getTranslation("worker.hardship.revealFirst"));
    dialog.add(
        new Paragraph(getTranslation("worker.hardship.explain")),
        reveal,
        new FormLayout(lowIncome, certificate, grade, waiting, zero, longTerm));
    dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
  }
}
