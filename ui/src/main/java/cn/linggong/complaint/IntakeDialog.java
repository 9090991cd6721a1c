package cn.linggong.complaint;

import cn.linggong.employer.Employer;
import cn.linggong.employer.EmployerRegistry;
import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.ui.FieldErrors;
import cn.linggong.shared.validation.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * 登记投诉: complainants (one row each: name, ID number, mobile, amount owed; a group complaint lists
 * every worker), the employer (from the registry, or described here), project, period, how pay was
 * agreed and what is asked. Every refusal shows beside its field; nothing is written until all is
 * right.
 */
class IntakeDialog extends Dialog {

  private final transient ComplaintIntake complaints;
  private final transient LinggongUser user;
  private final transient Consumer<Complaint> filed;
  private final List<PersonRow> people = new ArrayList<>();
  private final VerticalLayout peopleBox = new VerticalLayout();
  private final Map<String, HasValidation> fields = new LinkedHashMap<>();

  /** One complainant's fields. */
  private final class PersonRow extends HorizontalLayout {
    final TextField name = new TextField(getTranslation("worker.name"));
    final TextField idNumber = new TextField(getTranslation("worker.idNumber"));
    final TextField mobile = new TextField(getTranslation("worker.mobile"));
    final BigDecimalField owed = new BigDecimalField(getTranslation("complaint.owedYuan"));

    PersonRow(int index) {
      name.setId("complainant-" + index + "-name");
      idNumber.setId("complainant-" + index + "-id");
      mobile.setId("complainant-" + index + "-mobile");
      owed.setId("complainant-" + index + "-owed");
      add(name, idNumber, mobile, owed);
      cn.linggong.shared.ui.RequiredMarks.require(true, name, idNumber, mobile, owed);
      setWrap(true);
      fields.put("complainants[" + index + "].name", name);
      fields.put("complainants[" + index + "].idNumber", idNumber);
      fields.put("complainants[" + index + "].mobile", mobile);
      fields.put("complainants[" + index + "].amountOwed", owed);
    }

    ComplaintIntake.ComplainantInput value() {
      return new ComplaintIntake.ComplainantInput(
          name.getValue(), idNumber.getValue(), mobile.getValue(), owed.getValue());
    }
  }

  IntakeDialog(
      ComplaintIntake complaints,
      EmployerRegistry employers,
      LinggongUser user,
      Consumer<Complaint> filed) {
    this.complaints = complaints;
    this.user = user;
    this.filed = filed;
    setId("complaint-intake");
    setHeaderTitle(getTranslation("complaint.file"));
    setWidth("64rem");

    Select<Complaint.Channel> channel = new Select<>();
    channel.setLabel(getTranslation("complaint.channel"));
    channel.setItems(Complaint.Channel.values());
    channel.setItemLabelGenerator(c -> getTranslation("complaint.channel." + c));
    channel.setValue(Complaint.Channel.WALK_IN);

    peopleBox.setPadding(false);
    addPerson();
    Button more = new Button(getTranslation("complaint.addComplainant"), e -> addPerson());
    more.setId("complaint-add-complainant");

    ComboBox<Employer> known = new ComboBox<>(getTranslation("complaint.knownEmployer"));
    known.setId("complaint-known-employer");
    known.setItems(
        q ->
            employers
                .search(user, q.getFilter().orElse(null), null, null, q.getOffset(), q.getLimit())
                .stream());
    known.setItemLabelGenerator(Employer::name);
    TextField employerName = new TextField(getTranslation("employer.name"));
    employerName.setId("complaint-employer-name");
    TextField creditCode = new TextField(getTranslation("employer.creditCode"));
    creditCode.setId("complaint-employer-code");
    TextField contactName = new TextField(getTranslation("employer.contactName"));
    contactName.setId("complaint-employer-contact");
    TextField contactPhone = new TextField(getTranslation("employer.contactPhone"));
    contactPhone.setId("complaint-employer-phone");
    TextField address = new TextField(getTranslation("employer.address"));
    address.setId("complaint-employer-address");
    known.addValueChangeListener(
        e -> {
          boolean described = e.getValue() == null;
          for (var f : List.of(employerName, creditCode, contactName, contactPhone, address)) {
            f.setEnabled(described);
            f.setRequiredIndicatorVisible(described);
          }
        });

    TextField project = new TextField(getTranslation("complaint.project"));
    project.setId("complaint-project");
    Checkbox construction = new Checkbox(getTranslation("complaint.construction"));
    cn.linggong.shared.ui.DateField start =
        new cn.linggong.shared.ui.DateField(getTranslation("complaint.workStart"));
    start.setId("complaint-work-start");
    cn.linggong.shared.ui.DateField end =
        new cn.linggong.shared.ui.DateField(getTranslation("complaint.workEnd"));
    end.setId("complaint-work-end");
    Select<Complaint.PayAgreement> pay = new Select<>();
    pay.setId("complaint-pay-agreement");
    pay.setLabel(getTranslation("complaint.payAgreement"));
    pay.setItems(Complaint.PayAgreement.values());
    pay.setItemLabelGenerator(p -> getTranslation("complaint.payAgreement." + p));
    pay.setValue(Complaint.PayAgreement.DAILY);
    TextField payNote = new TextField(getTranslation("complaint.payAgreementNote"));
    TextArea request = new TextArea(getTranslation("complaint.request"));
    request.setId("complaint-request");

    fields.put("channel", channel);
    fields.put("employerId", known);
    fields.put("employer.name", employerName);
    fields.put("employer.creditCode", creditCode);
    fields.put("employer.contactName", contactName);
    fields.put("employer.contactPhone", contactPhone);
    fields.put("employer.address", address);
    fields.put("project", project);
    fields.put("workStart", start);
    fields.put("workEnd", end);
    fields.put("payAgreement", pay);
    fields.put("payAgreementNote", payNote);
    fields.put("request", request);
    cn.linggong.shared.ui.RequiredMarks.require(
        true,
        channel,
        employerName,
        creditCode,
        contactName,
        contactPhone,
        address,
        project,
        start,
        end,
        pay,
        request);

    FormLayout employer =
        new FormLayout(known, employerName, creditCode, contactName, contactPhone, address);
    FormLayout facts =
        new FormLayout(channel, project, start, end, pay, payNote, construction, request);
    facts.setColspan(request, 2);
    Button save =
        new Button(
            getTranslation("complaint.fileConfirm"),
            e -> {
              if (cn.linggong.shared.ui.DateField.refuseUnreadable(fields.values())) {
                return;
              }
              try {
                Complaint complaint =
                    complaints.file(
                        user,
                        new ComplaintIntake.Filing(
                            channel.getValue(),
                            people.stream().map(PersonRow::value).toList(),
                            known.getValue() == null ? null : known.getValue().id(),
                            known.getValue() != null
                                ? null
                                : new EmployerRegistry.Registration(
                                    Employer.Kind.ORGANIZATION,
                                    employerName.getValue(),
                                    creditCode.getValue(),
                                    null,
                                    contactName.getValue(),
                                    contactPhone.getValue(),
                                    address.getValue(),
                                    null),
                            project.getValue(),
                            construction.getValue(),
                            start.getValue(),
                            end.getValue(),
                            pay.getValue(),
                            payNote.getValue(),
                            request.getValue()));
                close();
                Notification.show(getTranslation("complaint.filed", complaint.complaintNo()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                filed.accept(complaint);
              } catch (InvalidInputException invalid) {
                FieldErrors.showOrNotify(this, invalid, fields);
              }
            });
    save.setId("complaint-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(
        new H4(getTranslation("complaint.complainants")),
        peopleBox,
        more,
        new H4(getTranslation("complaint.employer")),
        employer,
        new H4(getTranslation("complaint.facts")),
        facts);
    getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
  }

  private void addPerson() {
    PersonRow row = new PersonRow(people.size());
    people.add(row);
    peopleBox.add(row);
  }
}
