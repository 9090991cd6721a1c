package cn.linggong.complaint;

import cn.linggong.casework.WithdrawalDialog;
import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.RuleViolationException;
import cn.linggong.shared.ui.Downloads;
import cn.linggong.shared.ui.FieldErrors;
import cn.linggong.shared.validation.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * What a mediator does on an open complaint beside its steps: log a contact or session, record the
 * supplied material, ask for an inspection's extension, withdraw, add evidence. Each action redraws
 * the complaint screen, for which it makes the buttons and dialogs.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class ComplaintActionBar {

  private final ComplaintIntake intake;
  private final ComplaintEvidence evidence;
  private final ComplaintActions actions;
  private final cn.linggong.sla.TimeLimits timeLimits;
  private final LinggongUser user;
  private final Clock clock;
  private final Component screen;
  private final java.util.function.Consumer<String> refresh;

  /** "申请延期30个工作日", the days from the time-limit table. */
  private String requestExtension() {
    return screen.getTranslation(
        "complaint.requestExtension",
        timeLimits.phrase(
            "complaint.investigation-extension",
            com.vaadin.flow.component.UI.getCurrent().getLocale()));
  }

  /** The actions of an open complaint, for a person who may take them. */
  HorizontalLayout actions(Complaint c) {
    Button contact =
        new Button(
            screen.getTranslation("complaint.logContact"), e -> contactDialog(c.complaintNo()));
    contact.setId("complaint-log-contact");
    HorizontalLayout row = new HorizontalLayout(contact);
    row.setWrap(true);
    if (c.stage() == Complaint.Stage.SUPPLEMENT) {
      Button supplied =
          new Button(
              screen.getTranslation("complaint.supplied"),
              e -> {
                intake.supply(user, c.complaintNo(), null);
                Notification.show(screen.getTranslation("complaint.suppliedDone"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh.accept(c.complaintNo());
              });
      supplied.setId("complaint-supplied");
      row.add(supplied);
    }
    if (c.stage() == Complaint.Stage.INSPECTION) {
      Button extend = new Button(requestExtension(), e -> extensionDialog(c.complaintNo()));
      extend.setId("complaint-request-extension");
      row.add(extend);
    }
    Button withdraw =
        new Button(
            screen.getTranslation("complaint.withdraw"), e -> withdrawDialog(c.complaintNo()));
    withdraw.setId("complaint-withdraw");
    withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
    row.add(withdraw);
    return row;
  }

  private void contactDialog(String no) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(screen.getTranslation("complaint.logContact"));
    Select<ComplaintActions.ContactKind> kind = new Select<>();
    kind.setLabel(screen.getTranslation("complaint.contactKind"));
    kind.setItems(ComplaintActions.ContactKind.values());
    kind.setItemLabelGenerator(k -> screen.getTranslation("complaint.contact." + k));
    kind.setValue(ComplaintActions.ContactKind.SESSION);
    cn.linggong.shared.ui.DateField date =
        new cn.linggong.shared.ui.DateField(screen.getTranslation("assistance.detail.date"));
    date.setValue(LocalDate.now(clock));
    TextArea summary = new TextArea(screen.getTranslation("complaint.contactSummary"));
    summary.setId("contact-summary");
    cn.linggong.shared.ui.RequiredMarks.require(true, kind, date, summary);
    Button save =
        new Button(
            screen.getTranslation("employer.save"),
            e -> {
              if (cn.linggong.shared.ui.DateField.refuseUnreadable(java.util.List.of(date))) {
                return;
              }
              try {
                actions.logContact(user, no, kind.getValue(), date.getValue(), summary.getValue());
                dialog.close();
                refresh.accept(no);
              } catch (InvalidInputException invalid) {
                FieldErrors.show(
                    dialog, invalid, Map.of("kind", kind, "date", date, "summary", summary));
              }
            });
    save.setId("contact-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(new VerticalLayout(kind, date, summary));
    dialog
        .getFooter()
        .add(new Button(screen.getTranslation("action.cancel"), x -> dialog.close()), save);
    dialog.open();
  }

  private void extensionDialog(String no) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(requestExtension());
    TextArea reason = new TextArea(screen.getTranslation("complaint.extensionReason"));
    reason.setRequiredIndicatorVisible(true);
    Button save =
        new Button(
            requestExtension(),
            e -> {
              try {
                actions.requestExtension(user, no, reason.getValue());
                dialog.close();
                refresh.accept(no);
              } catch (InvalidInputException invalid) {
                FieldErrors.show(dialog, invalid, Map.of("reason", reason));
              } catch (RuleViolationException refused) {
                dialog.close();
                Notification.show(screen.getTranslation(refused.messageKey(), refused.arguments()))
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
              }
            });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(reason);
    dialog
        .getFooter()
        .add(new Button(screen.getTranslation("action.cancel"), x -> dialog.close()), save);
    dialog.open();
  }

  private void withdrawDialog(String no) {
    new WithdrawalDialog<>(
            screen.getTranslation("complaint.withdraw"),
            screen.getTranslation("complaint.withdraw"),
            ComplaintActions.WithdrawalReason.values(),
            r -> screen.getTranslation("complaint.withdrawal." + r),
            (reason, note) -> actions.withdraw(user, no, reason, note),
            () -> refresh.accept(no),
            () -> refresh.accept(no))
        .open();
  }

  /** Adding evidence: its kind, then the file (type and size checked by the service). */
  com.vaadin.flow.component.Component upload(String no) {
    Select<Evidence.Kind> kind = new Select<>();
    kind.setId("evidence-kind");
    kind.setLabel(screen.getTranslation("complaint.evidenceKind"));
    kind.setItems(Evidence.Kind.values());
    kind.setItemLabelGenerator(k -> screen.getTranslation("complaint.evidence." + k));
    kind.setValue(Evidence.Kind.PHOTO);
    Upload upload = new Upload();
    cn.linggong.shared.ui.UploadTexts.prepare(upload, screen);
    upload.setUploadHandler(
        UploadHandler.inMemory(
            (metadata, bytes) ->
                screen
                    .getUI()
                    .ifPresent(
                        ui ->
                            ui.access(
                                () -> {
                                  try {
                                    evidence.addEvidence(
                                        user,
                                        no,
                                        kind.getValue(),
                                        null,
                                        metadata.fileName(),
                                        metadata.contentType(),
                                        bytes);
                                    refresh.accept(no);
                                  } catch (InvalidInputException invalid) {
                                    // a refused file is not left listed as uploaded
                                    upload.clearFileList();
                                    Notification.show(FieldErrors.summary(screen, invalid))
                                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                                  }
                                }))));
    upload.setId("evidence-upload");
    upload.setAcceptedFileTypes("image/jpeg", "image/png", "application/pdf");
    return new VerticalLayout(kind, upload);
  }

  /** An evidence file to open, fetched (and audited) when clicked. */
  Anchor evidenceLink(String no, Evidence e) {
    long id = e.id();
    return Downloads.link(
        null,
        screen.getTranslation("complaint.evidence." + e.kind()) + " · " + e.fileName(),
        null,
        () -> {
          var file = evidence.evidenceFile(user, no, id);
          return new Downloads.File(
              file.evidence().fileName(), file.evidence().contentType(), file.content());
        });
  }
}
