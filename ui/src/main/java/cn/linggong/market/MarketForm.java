package cn.linggong.market;

import cn.linggong.employer.JobCategories;
import cn.linggong.employer.JobCategory;
import cn.linggong.identity.District;
import cn.linggong.identity.DistrictSelect;
import cn.linggong.identity.Districts;
import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.ui.DateField;
import cn.linggong.shared.ui.DictionaryPicker;
import cn.linggong.shared.ui.RequiredMarks;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The market's record as a form, to register a market or change one: the ministry's fields first,
 * then how it is run, its contacts, what it offers and its status. Problems are shown beside their
 * fields by the dialog that holds it; the marks of required fields follow the choices that make
 * fields required (an entrusted operator's credit code, an HR agency's licence).
 */
final class MarketForm extends FormLayout {

  private final TextField name = text("name");
  private final Select<Market.NameKind> nameKind = select("nameKind", Market.NameKind.values());
  private final Select<Market.Nature> nature = select("nature", Market.Nature.values());
  private final Select<Market.Kind> kind = select("kind", Market.Kind.values());
  private final Select<District> district;
  private final TextField address = text("address");
  private final IntegerField dailySeekers = number("dailySeekers");
  private final DictionaryPicker<JobCategory> jobTypes;
  private final IntegerField dailyHires = number("dailyHires");
  private final Select<Market.Operation> operation = select("operation", Market.Operation.values());
  private final TextField operatorName = text("operatorName");
  private final TextField operatorCreditCode = text("operatorCreditCode");
  private final Checkbox hrAgency = new Checkbox();
  private final TextField hrLicenceNo = text("hrLicenceNo");
  private final TextField legalRepresentative = text("legalRepresentative");
  private final TextField openingHours = text("openingHours");
  private final TextField contactName = text("contactName");
  private final TextField contactPhone = text("contactPhone");
  private final TextField serviceHotline = text("serviceHotline");
  private final TextField complaintChannel = text("complaintChannel");
  private final BigDecimalField floorArea = new BigDecimalField();
  private final IntegerField staff = number("staff");
  private final MultiSelectComboBox<Market.Service> services =
      multi("services", Market.Service.values());
  private final MultiSelectComboBox<Market.Rule> rules = multi("rules", Market.Rule.values());
  private final DateField openedOn = new DateField("");
  private final Select<Market.Status> status = select("status", Market.Status.values());
  private final TextField reason = text("reason");

  private final Map<String, HasValidation> fields = new LinkedHashMap<>();
  private final List<String> alwaysRequired;
  private final Market editing;

  /** A form for a new market ({@code editing} null) or a change of {@code editing}. */
  MarketForm(LinggongUser user, Districts districts, JobCategories categories, Market editing) {
    this.editing = editing;
    district = DistrictSelect.of(getTranslation("market.field.districtId"), districts, user);
    jobTypes =
        new DictionaryPicker<>(
            getTranslation("market.field.jobTypes"),
            categories.active(),
            JobCategory::code,
            (c, locale) -> categories.label(c.code(), locale));
    hrAgency.setLabel(getTranslation("market.field.hrAgency"));
    floorArea.setLabel(getTranslation("market.field.floorArea"));
    openedOn.setLabel(getTranslation("market.field.openedOn"));
    setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
    add(section("market.form.ministry"));
    add(name, nameKind, nature, kind, district, address, dailySeekers, dailyHires);
    add(jobTypes, 2);
    add(section("market.form.operator"));
    add(operation, operatorName, operatorCreditCode, hrAgency, hrLicenceNo, legalRepresentative);
    add(section("market.form.service"));
    add(
        openingHours,
        contactName,
        contactPhone,
        serviceHotline,
        complaintChannel,
        floorArea,
        staff);
    add(services, 2);
    add(rules, 2);
    add(section("market.form.status"));
    add(openedOn, status, reason);
    put("name", name);
    put("nameKind", nameKind);
    put("nature", nature);
    put("kind", kind);
    put("districtId", district);
    put("address", address);
    put("dailySeekers", dailySeekers);
    put("dailyHires", dailyHires);
    put("jobTypes", jobTypes);
    put("operation", operation);
    put("operatorName", operatorName);
    put("operatorCreditCode", operatorCreditCode);
    put("hrLicenceNo", hrLicenceNo);
    put("legalRepresentative", legalRepresentative);
    put("openingHours", openingHours);
    put("contactName", contactName);
    put("contactPhone", contactPhone);
    put("serviceHotline", serviceHotline);
    put("complaintChannel", complaintChannel);
    put("floorArea", floorArea);
    put("staff", staff);
    put("services", services);
    put("rules", rules);
    put("openedOn", openedOn);
    put("status", status);
    put("reason", reason);
    List<String> required =
        new ArrayList<>(
            List.of(
                "name",
                "nameKind",
                "nature",
                "kind",
                "address",
                "operation",
                "operatorName",
                "openingHours",
                "contactName",
                "openedOn",
                "status"));
    if (editing == null) {
      required.add("contactPhone");
    }
    if (user.cityLevel()) {
      required.add("districtId");
    }
    alwaysRequired = List.copyOf(required);
    nameKind.setValue(Market.NameKind.OFFICIAL);
    status.setValue(Market.Status.OPERATING);
    if (editing != null) {
      fill(editing, districts);
      contactPhone.setHelperText(
          getTranslation("market.form.phoneKept", editing.contactPhoneMasked()));
    }
    reason.setVisible(false);
    status.addValueChangeListener(e -> marks());
    operation.addValueChangeListener(e -> marks());
    hrAgency.addValueChangeListener(e -> marks());
    marks();
  }

  /** The fields by the names the service gives its problems under. */
  Map<String, HasValidation> fields() {
    return fields;
  }

  /** What is typed, as the service takes it. */
  MarketDraft draft() {
    return new MarketDraft(
        name.getValue(),
        nameKind.getValue(),
        nature.getValue(),
        address.getValue(),
        dailySeekers.getValue(),
        jobTypes.getValue() == null || jobTypes.getValue().isBlank()
            ? List.of()
            : Arrays.asList(jobTypes.getValue().split(",")),
        dailyHires.getValue(),
        kind.getValue(),
        district.getValue() == null ? null : district.getValue().id(),
        operation.getValue(),
        operatorName.getValue(),
        operatorCreditCode.getValue(),
        hrAgency.getValue(),
        hrLicenceNo.getValue(),
        legalRepresentative.getValue(),
        openingHours.getValue(),
        contactName.getValue(),
        contactPhone.getValue(),
        serviceHotline.getValue(),
        complaintChannel.getValue(),
        floorArea.getValue(),
        staff.getValue(),
        List.copyOf(services.getValue()),
        List.copyOf(rules.getValue()),
        openedOn.getValue(),
        status.getValue());
  }

  String reason() {
    return reason.getValue();
  }

  private void fill(Market m, Districts districts) {
    name.setValue(m.name());
    nameKind.setValue(m.nameKind());
    nature.setValue(m.nature());
    kind.setValue(m.kind());
    districts.district(m.districtId()).ifPresent(district::setValue);
    address.setValue(m.address());
    dailySeekers.setValue(m.dailySeekers());
    dailyHires.setValue(m.dailyHires());
    jobTypes.setValue(String.join(",", m.jobTypes()));
    operation.setValue(m.operation());
    operatorName.setValue(m.operatorName());
    operatorCreditCode.setValue(m.operatorCreditCode() == null ? "" : m.operatorCreditCode());
    hrAgency.setValue(m.hrAgency());
    hrLicenceNo.setValue(m.hrLicenceNo() == null ? "" : m.hrLicenceNo());
    legalRepresentative.setValue(m.legalRepresentative() == null ? "" : m.legalRepresentative());
    openingHours.setValue(m.openingHours());
    contactName.setValue(m.contactName());
    serviceHotline.setValue(m.serviceHotline() == null ? "" : m.serviceHotline());
    complaintChannel.setValue(m.complaintChannel() == null ? "" : m.complaintChannel());
    floorArea.setValue(m.floorArea());
    staff.setValue(m.staff());
    services.setValue(m.services());
    rules.setValue(m.rules());
    openedOn.setValue(m.openedOn());
    status.setValue(m.status());
  }

  /** Marks what is required now; the reason shows when the status is changed. */
  private void marks() {
    List<String> required = new ArrayList<>(alwaysRequired);
    if (operation.getValue() == Market.Operation.ENTRUSTED) {
      required.add("operatorCreditCode");
    }
    boolean agency = Boolean.TRUE.equals(hrAgency.getValue());
    hrLicenceNo.setVisible(agency);
    legalRepresentative.setVisible(agency);
    if (agency) {
      required.add("hrLicenceNo");
      required.add("legalRepresentative");
    }
    boolean statusChanged = editing != null && status.getValue() != editing.status();
    reason.setVisible(statusChanged);
    if (statusChanged) {
      required.add("reason");
    }
    RequiredMarks.mark(fields, required);
  }

  private void put(String key, HasValidation field) {
    fields.put(key, field);
    ((Component) field).setId("market-" + key);
  }

  private Component section(String key) {
    H4 heading = new H4(getTranslation(key));
    setColspan(heading, 2);
    return heading;
  }

  private TextField text(String field) {
    TextField f = new TextField(getTranslation("market.field." + field));
    f.setWidthFull();
    return f;
  }

  private IntegerField number(String field) {
    IntegerField f = new IntegerField(getTranslation("market.field." + field));
    f.setMin(0);
    return f;
  }

  private <E extends Enum<E>> Select<E> select(String field, E[] values) {
    Select<E> s = new Select<>();
    s.setLabel(getTranslation("market.field." + field));
    s.setItems(values);
    s.setItemLabelGenerator(v -> getTranslation("market." + field + "." + v.name()));
    return s;
  }

  private <E extends Enum<E>> MultiSelectComboBox<E> multi(String field, E[] values) {
    MultiSelectComboBox<E> box = new MultiSelectComboBox<>(getTranslation("market.field." + field));
    box.setItems(values);
    String prefix = field.equals("services") ? "market.service." : "market.rule.";
    box.setItemLabelGenerator(v -> getTranslation(prefix + v.name()));
    box.setWidthFull();
    return box;
  }
}
