package cn.linggong.assistance;

import cn.linggong.identity.LinggongUser;
import cn.linggong.privacy.PurposeDialog;
import cn.linggong.worker.HardshipFacts;
import cn.linggong.worker.WorkerHardship;
import cn.linggong.worker.WorkerPolicy;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the intake step (困难认定核实) asks the caseworker to confirm: the hardship facts registered for
 * the worker. They are sensitive personal data, so the panel says only that they are there; the
 * facts themselves open after the purpose is given, in a dialog of their own, and the look is
 * audited.
 */
class HardshipToConfirm extends VerticalLayout {

  HardshipToConfirm(LinggongUser user, long workerId, WorkerHardship hardship) {
    setId("intake-hardship");
    setPadding(false);
    setSpacing(false);
    add(new H4(getTranslation("intake.hardship.title")));
    add(new Paragraph(getTranslation("intake.hardship.explain")));
    String label = getTranslation("intake.hardship.show");
    Button show =
        new Button(
            label,
            e ->
                new PurposeDialog(
                        label,
                        (purpose, note) -> facts(hardship.hardship(user, workerId, purpose, note)))
                    .open());
    show.setId("intake-hardship-show");
    show.addThemeVariants(ButtonVariant.LUMO_SMALL);
    show.setVisible(WorkerPolicy.VIEW_HARDSHIP.allows(user));
    add(show);
  }

  /** The registered facts, one line each, in a dialog apart from the masked panel. */
  private void facts(Optional<HardshipFacts> registered) {
    Dialog dialog = new Dialog();
    dialog.setId("intake-hardship-facts");
    dialog.setHeaderTitle(getTranslation("intake.hardship.title"));
    List<String> lines = registered.map(this::lines).orElse(List.of());
    if (lines.isEmpty()) {
      dialog.add(new Paragraph(getTranslation("worker.hardship.noneYet")));
    }
    lines.forEach(line -> dialog.add(new Div(line)));
    dialog.getFooter().add(new Button(getTranslation("action.close"), x -> dialog.close()));
    dialog.open();
  }

  private List<String> lines(HardshipFacts f) {
    List<String> lines = new ArrayList<>();
    if (f.lowIncome() != null && f.lowIncome() != HardshipFacts.LowIncome.NONE) {
      lines.add(getTranslation("worker.lowIncome." + f.lowIncome()));
    }
    if (f.disabilityCertificate() != null && !f.disabilityCertificate().isBlank()) {
      lines.add(
          getTranslation(
              "intake.hardship.disability", f.disabilityCertificate(), f.disabilityGrade()));
    }
    if (f.zeroEmploymentHousehold()) {
      lines.add(getTranslation("worker.hardship.zeroEmployment"));
    }
    if (f.longTermUnemployed()) {
      lines.add(
          f.waitingSince() == null
              ? getTranslation("worker.hardship.longTermUnemployed")
              : getTranslation("intake.hardship.waiting", f.waitingSince().toString()));
    }
    return lines;
  }
}
