package cn.linggong.monitoring;

import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.ui.Downloads;
import cn.linggong.shared.ui.FieldErrors;
import cn.linggong.shared.ui.UploadTexts;
import cn.linggong.shared.validation.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.server.streams.UploadHandler;
import java.time.YearMonth;

/**
 * Imports what the markets reported from an XLSX sheet (the template's columns): the sheet is read
 * into a row-by-row preview with each row's problems, and taken only when every row is right.
 */
class ImportDialog extends Dialog {

  private final Grid<MarketReports.PreviewRow> preview = new Grid<>();
  private final Button take = new Button();
  private final Paragraph verdict = new Paragraph();
  private transient MarketReports.Preview read;

  ImportDialog(
      MarketReports reports,
      LinggongUser user,
      String districtId,
      YearMonth month,
      Runnable taken) {
    setId("monitoring-import-dialog");
    setHeaderTitle(getTranslation("monitoring.import.title", month.toString()));
    setWidth("min(1400px, 98vw)");
    Upload upload = new Upload();
    upload.setId("monitoring-import-upload");
    UploadTexts.prepare(upload, this);
    upload.setAcceptedFileTypes(
        ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    upload.setMaxFiles(1);
    upload.setUploadHandler(
        UploadHandler.inMemory(
            (metadata, bytes) ->
                getUI()
                    .ifPresent(
                        ui ->
                            ui.access(
                                () -> {
                                  try {
                                    show(
                                        reports.preview(
                                            user, districtId, month, bytes, getLocale()));
                                  } catch (InvalidInputException invalid) {
                                    upload.clearFileList();
                                    show(null);
                                    verdict.setText(FieldErrors.summary(this, invalid));
                                  }
                                }))));
    preview.setId("monitoring-import-preview");
    preview
        .addColumn(MarketReports.PreviewRow::row)
        .setHeader(getTranslation("monitoring.import.row"))
        .setAutoWidth(true);
    preview
        .addColumn(
            new ComponentRenderer<>(
                r -> {
                  Span s =
                      new Span(
                          r.errors().isEmpty()
                              ? getTranslation("monitoring.import.rowOk")
                              : String.join(
                                  getTranslation("monitoring.import.separator"), r.errors()));
                  s.getElement()
                      .getThemeList()
                      .add(r.errors().isEmpty() ? "badge success" : "badge error");
                  s.getStyle().set("white-space", "normal");
                  return s;
                }))
        .setHeader(getTranslation("monitoring.import.check"))
        .setWidth("22em")
        .setFlexGrow(0);
    preview
        .addColumn(MarketReports.PreviewRow::market)
        .setHeader(getTranslation("monitoring.import.column.market"))
        .setAutoWidth(true);
    preview
        .addColumn(r -> FiguresPanel.show(r.seekersServed()))
        .setHeader(getTranslation("monitoring.import.column.seekersServed"));
    preview
        .addColumn(r -> FiguresPanel.show(r.dailyHires()))
        .setHeader(getTranslation("monitoring.import.column.dailyHires"));
    preview
        .addColumn(MarketReports.PreviewRow::category)
        .setHeader(getTranslation("monitoring.import.column.category"));
    preview
        .addColumn(r -> FiguresPanel.show(r.seekers()))
        .setHeader(getTranslation("monitoring.import.column.seekers"));
    preview
        .addColumn(r -> FiguresPanel.show(r.positions()))
        .setHeader(getTranslation("monitoring.import.column.positions"));
    preview
        .addColumn(r -> FiguresPanel.show(r.avgDailyPay()))
        .setHeader(getTranslation("monitoring.import.column.avgDailyPay"));
    preview.setVisible(false);
    preview.setAllRowsVisible(true);
    take.setText(getTranslation("monitoring.import.take"));
    take.setId("monitoring-import-take");
    take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    take.setEnabled(false);
    take.addClickListener(
        e -> {
          try {
            int markets = reports.take(user, read);
            close();
            Notification.show(getTranslation("monitoring.import.done", markets))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            taken.run();
          } catch (InvalidInputException invalid) {
            verdict.setText(FieldErrors.summary(this, invalid));
          }
        });
    add(
        new VerticalLayout(
            new Paragraph(getTranslation("monitoring.import.hint")),
            Downloads.link(
                "monitoring-import-template",
                getTranslation("monitoring.import.template"),
                "xlsx",
                () ->
                    new Downloads.File(
                        "monitoring-template-" + month + ".xlsx",
                        ReportFiles.XLSX,
                        reports.template(user, districtId, getLocale()))),
            upload,
            verdict,
            preview));
    getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), take);
  }

  private void show(MarketReports.Preview p) {
    read = p;
    preview.setVisible(p != null);
    take.setEnabled(p != null && p.valid());
    if (p == null) {
      return;
    }
    preview.setItems(p.rows());
    long wrong = p.rows().stream().filter(r -> !r.errors().isEmpty()).count();
    verdict.setText(
        wrong == 0
            ? getTranslation("monitoring.import.allOk", p.rows().size())
            : getTranslation("monitoring.import.someWrong", p.rows().size(), wrong));
  }
}
