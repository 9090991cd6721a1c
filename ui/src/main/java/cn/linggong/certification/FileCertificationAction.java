package cn.linggong.certification;

import cn.linggong.identity.LinggongUser;
import cn.linggong.market.Market;
import cn.linggong.market.MarketAction;
import cn.linggong.shared.ui.SaveDialog;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;

/**
 * 申报认定 on a market's page, for the district's caseworkers while the market operates and has no open
 * application: the level, who brings it, the self-assessment against the sheet in force.
 */
@org.springframework.stereotype.Component
@org.springframework.core.annotation.Order(10)
@RequiredArgsConstructor
class FileCertificationAction implements MarketAction {

  private final CertificationFilings filings;
  private final CertificationReading reading;
  private final CriteriaSheets sheets;

  @Override
  public Optional<Component> control(Market market, LinggongUser user) {
    if (!CertificationPolicy.FILE.allows(user) || market.status() != Market.Status.OPERATING) {
      return Optional.empty();
    }
    List<Certification> open = reading.search(user, Certification.State.OPEN, market.id(), 0, 1);
    if (!open.isEmpty()) {
      Button see = new Button();
      see.setId("market-open-certification");
      see.setText(see.getTranslation("certification.openApplication", open.get(0).applicationNo()));
      see.addClickListener(
          e -> UI.getCurrent().navigate("certifications/" + open.get(0).applicationNo()));
      return Optional.of(see);
    }
    Button file = new Button();
    file.setId("market-file-certification");
    file.setText(file.getTranslation("certification.file"));
    file.addClickListener(e -> open(file, market, user));
    return Optional.of(file);
  }

  private void open(Component on, Market market, LinggongUser user) {
    Select<Certification.Level> level = new Select<>();
    level.setId("certification-level");
    level.setLabel(on.getTranslation("certification.field.level"));
    level.setItems(Certification.Level.values());
    level.setItemLabelGenerator(l -> on.getTranslation("certification.level." + l));
    level.setValue(Certification.Level.CITY);
    RadioButtonGroup<Certification.SubmittedBy> by =
        new RadioButtonGroup<>(on.getTranslation("certification.field.submittedBy"));
    by.setId("certification-submitted-by");
    by.setItems(Certification.SubmittedBy.values());
    by.setItemLabelGenerator(b -> on.getTranslation("certification.submittedBy." + b));
    by.setValue(Certification.SubmittedBy.OPERATOR);
    TextField contact = new TextField(on.getTranslation("certification.field.operatorContact"));
    contact.setId("certification-operator-contact");
    contact.setValue(market.contactName() == null ? "" : market.contactName());
    TextArea statement = new TextArea(on.getTranslation("certification.field.statement"));
    statement.setId("certification-statement");
    statement.setWidthFull();
    CriteriaSheet sheet = sheets.inForce(user);
    CriteriaScoresField self =
        new CriteriaScoresField(
            on.getTranslation("certification.field.selfAssessment", sheet.version()), sheet);
    by.addValueChangeListener(
        e ->
            contact.setRequiredIndicatorVisible(
                e.getValue() == Certification.SubmittedBy.OPERATOR));
    contact.setRequiredIndicatorVisible(true);
    level.setRequiredIndicatorVisible(true);
    by.setRequiredIndicatorVisible(true);
    self.setRequiredIndicatorVisible(true);
    FormLayout form = new FormLayout(level, by, contact, statement, self);
    form.setColspan(statement, 2);
    form.setColspan(self, 2);
    Map<String, HasValidation> fields = new LinkedHashMap<>();
    fields.put("level", level);
    fields.put("submittedBy", by);
    fields.put("operatorContact", contact);
    fields.put("statement", statement);
    fields.put("selfAssessment", self);
    String[] filed = new String[1];
    new SaveDialog(
            on.getTranslation("certification.file.title", market.name()),
            "certification-save",
            form,
            fields,
            () -> {
              filed[0] =
                  filings
                      .file(
                          user,
                          new CertificationFilings.Filing(
                              market.id(),
                              level.getValue(),
                              by.getValue(),
                              contact.getValue(),
                              statement.getValue(),
                              scores(self.getValue())))
                      .applicationNo();
              return on.getTranslation("certification.filed", filed[0]);
            },
            () -> UI.getCurrent().navigate("certifications/" + filed[0]))
        .open();
  }

  private static List<CertificationFilings.SelfScore> scores(String encoded) {
    List<CertificationFilings.SelfScore> scores = new ArrayList<>();
    if (encoded != null && !encoded.isBlank()) {
      for (String part : encoded.split(",")) {
        String[] kv = part.split(":", 2);
        scores.add(new CertificationFilings.SelfScore(kv[0], new BigDecimal(kv[1])));
      }
    }
    return scores;
  }
}
