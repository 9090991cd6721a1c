package cn.linggong.market;

import cn.linggong.casework.CaseScreen;
import cn.linggong.casework.CaseTexts;
import cn.linggong.employer.JobCategories;
import cn.linggong.identity.CurrentUser;
import cn.linggong.identity.Districts;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.identity.UserNames;
import cn.linggong.shared.NotFoundException;
import cn.linggong.shared.ui.DateField;
import cn.linggong.shared.ui.ListSection;
import cn.linggong.shared.ui.RequiredMarks;
import cn.linggong.shared.ui.SaveDialog;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 零工市场详情: one market's record (the ministry's fields, the operator, contacts with the phone masked,
 * services, rules, status, certification), changed here with every change kept, and its history.
 */
@Route("markets/:id")
@RolesAllowed({Roles.CASEWORKER, Roles.REVIEWER, Roles.FINANCE, Roles.SUPERVISOR})
public class MarketPage extends CaseScreen {

  private final transient MarketDirectory directory;
  private final transient Districts districts;
  private final transient JobCategories categories;
  private final transient UserNames names;
  private final transient ZoneId zone;
  private final transient LinggongUser user;
  private final transient MarketTexts texts;
  private final transient List<MarketAction> actions;

  @SuppressWarnings("java:S107") // a page composed of the directory's features
  public MarketPage(
      MarketDirectory directory,
      List<MarketAction> actions,
      Districts districts,
      JobCategories categories,
      UserNames names,
      java.time.Clock clock,
      CurrentUser currentUser) {
    super("market-page", "id", "marketPage.notFound");
    this.directory = directory;
    this.actions = actions;
    this.districts = districts;
    this.categories = categories;
    this.names = names;
    this.zone = clock.getZone();
    this.user = currentUser.require();
    this.texts = new MarketTexts(this, districts, categories);
  }

  @Override
  protected String render(String number) {
    long id;
    try {
      id = Long.parseLong(number);
    } catch (NumberFormatException e) {
      throw new NotFoundException("market.notFound", number);
    }
    Market m = directory.find(user, id);
    add(header(m), record(m), buttons(m), history(m));
    return getTranslation("marketPage.title", m.name());
  }

  private Component header(Market m) {
    Span status = new Span(getTranslation("market.status." + m.status()));
    status.setId("market-status");
    status
        .getElement()
        .getThemeList()
        .add(m.status() == Market.Status.OPERATING ? "badge success" : "badge contrast");
    Span certification = new Span(certification(m));
    certification.setId("market-certification");
    certification.getElement().getThemeList().add("badge");
    HorizontalLayout header = new HorizontalLayout(new H2(m.name()), status, certification);
    header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    header.setWrap(true);
    if (m.nameWarning() != null) {
      Span warning = new Span("⚠ " + getTranslation(m.nameWarning()));
      warning.setId("market-name-warning");
      warning.getElement().getThemeList().add("badge warning");
      header.add(warning);
    }
    return header;
  }

  private String certification(Market m) {
    String level = getTranslation("market.certification." + m.certification());
    return m.certification() == Market.Certification.NONE
        ? level
        : getTranslation("marketPage.certifiedFor", level, m.certifiedSince(), m.certifiedUntil());
  }

  private Component record(Market m) {
    FormLayout card = new FormLayout();
    card.setId("market-record");
    card.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1),
        new FormLayout.ResponsiveStep("30em", 2),
        new FormLayout.ResponsiveStep("60em", 3));
    item(card, "nameKind", getTranslation("market.nameKind." + m.nameKind()));
    item(card, "nature", getTranslation("market.nature." + m.nature()));
    item(card, "kind", getTranslation("market.kind." + m.kind()));
    item(card, "districtId", texts.district(m.districtId()));
    item(card, "address", m.address());
    item(card, "dailySeekers", number(m.dailySeekers()));
    item(card, "dailyHires", number(m.dailyHires()));
    item(card, "jobTypes", texts.jobTypes(m.jobTypes()));
    item(card, "operation", getTranslation("market.operation." + m.operation()));
    item(card, "operatorName", m.operatorName());
    item(card, "operatorCreditCode", m.operatorCreditCode());
    if (m.hrAgency()) {
      item(card, "hrLicenceNo", m.hrLicenceNo());
      item(card, "legalRepresentative", m.legalRepresentative());
    }
    item(card, "openingHours", m.openingHours());
    item(card, "contactName", m.contactName() + " " + m.contactPhoneMasked());
    item(card, "serviceHotline", m.serviceHotline());
    item(card, "complaintChannel", m.complaintChannel());
    item(card, "floorArea", m.floorArea() == null ? null : m.floorArea().toPlainString());
    item(card, "staff", number(m.staff()));
    item(card, "services", texts.labels("market.service.", m.services()));
    item(card, "rules", texts.labels("market.rule.", m.rules()));
    item(card, "openedOn", m.openedOn().toString());
    Span updated =
        new Span(
            getTranslation(
                "marketPage.updatedBy",
                CaseTexts.time(m.updatedAt(), zone),
                names.of(this, m.updatedBy())));
    updated.getElement().setAttribute("title", m.updatedBy());
    card.addFormItem(updated, getTranslation("marketPage.updated"));
    return card;
  }

  private void item(FormLayout card, String field, String value) {
    Span text = new Span(value == null || value.isBlank() ? "—" : value);
    text.setId("market-value-" + field);
    card.addFormItem(text, getTranslation("market.field." + field));
  }

  private static String number(Integer value) {
    return value == null ? null : String.valueOf(value);
  }

  /** What the person may do with the market: only what they are allowed. */
  private Component buttons(Market m) {
    HorizontalLayout row = new HorizontalLayout();
    row.setId("market-actions");
    if (MarketPolicy.MAINTAIN.allows(user)) {
      Button edit = new Button(getTranslation("marketPage.edit"), e -> openEdit(m));
      edit.setId("market-edit");
      row.add(edit);
    }
    if (MarketPolicy.RECORD_CERTIFICATION.allows(user)) {
      Button certify =
          new Button(getTranslation("marketPage.recordCertification"), e -> openCertification(m));
      certify.setId("market-record-certification");
      row.add(certify);
    }
    actions.forEach(a -> a.control(m, user).ifPresent(row::add));
    return row;
  }

  private void openEdit(Market m) {
    MarketForm form = new MarketForm(user, districts, categories, m);
    new SaveDialog(
            getTranslation("marketPage.edit"),
            "market-save",
            form,
            form.fields(),
            () -> {
              Market saved =
                  directory.update(
                      user,
                      m.id(),
                      new MarketDraft.Update(m.version(), form.reason(), form.draft()));
              return getTranslation("marketPage.saved", saved.name());
            },
            () -> show(String.valueOf(m.id())))
        .open();
  }

  private void openCertification(Market m) {
    Select<Market.Certification> level = new Select<>();
    level.setLabel(getTranslation("market.field.certification"));
    level.setItems(Market.Certification.values());
    level.setItemLabelGenerator(c -> getTranslation("market.certification." + c));
    level.setValue(m.certification());
    level.setId("market-certification-level");
    DateField since = new DateField(getTranslation("market.field.certifiedSince"));
    since.setValue(m.certifiedSince());
    since.setId("market-certified-since");
    DateField until = new DateField(getTranslation("market.field.certifiedUntil"));
    until.setValue(m.certifiedUntil());
    until.setId("market-certified-until");
    TextField reason = new TextField(getTranslation("marketPage.certificationBasis"));
    reason.setId("market-certification-reason");
    reason.setWidthFull();
    Map<String, HasValidation> fields = new LinkedHashMap<>();
    fields.put("certification", level);
    fields.put("since", since);
    fields.put("until", until);
    fields.put("reason", reason);
    Runnable marks =
        () -> {
          boolean none = level.getValue() == Market.Certification.NONE;
          since.setVisible(!none);
          until.setVisible(!none);
          RequiredMarks.mark(
              fields,
              none
                  ? List.of("certification", "reason")
                  : List.of("certification", "since", "until", "reason"));
        };
    level.addValueChangeListener(e -> marks.run());
    marks.run();
    new SaveDialog(
            getTranslation("marketPage.recordCertification"),
            "market-certification-save",
            new FormLayout(level, since, until, reason),
            fields,
            () -> {
              directory.recordCertification(
                  user,
                  m.id(),
                  new MarketDraft.CertificationRecord(
                      m.version(),
                      level.getValue(),
                      since.getValue(),
                      until.getValue(),
                      reason.getValue()));
              return getTranslation("marketPage.certificationRecorded");
            },
            () -> show(String.valueOf(m.id())))
        .open();
  }

  private Component history(Market m) {
    return ListSection.of(
        this,
        "market-history",
        "marketPage.history",
        "marketPage.history.none",
        directory.history(user, m.id()),
        grid ->
            cn.linggong.shared.ui.ChangeColumns.add(
                this,
                grid,
                new cn.linggong.shared.ui.ChangeColumns.Of<>(
                    MarketChange::changedAt,
                    MarketChange::changedBy,
                    c -> getTranslation("market.field." + c.field()),
                    c ->
                        texts.value(c.field(), c.before())
                            + " → "
                            + texts.value(c.field(), c.after()),
                    MarketChange::reason),
                id -> names.of(this, id),
                at -> CaseTexts.time(at, zone)));
  }
}
