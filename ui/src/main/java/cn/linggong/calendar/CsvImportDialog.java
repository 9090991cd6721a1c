package cn.linggong.calendar;

import cn.linggong.shared.ui.FieldErrors;
import cn.linggong.shared.validation.InvalidInputException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Imports a year from a CSV file (date,kind,name) or pasted rows: a preview shows every row and
 * what is wrong with it; the import replaces the year only when every row is right. Entering the
 * notice of a provisional year opens it with the law's days off already in the rows.
 */
class CsvImportDialog extends Dialog {

  private static final int MAX_BYTES = 64 * 1024;

  private final CalendarMaintenance maintenance;
  private final cn.linggong.identity.LinggongUser actor;
  private final IntegerField year = new IntegerField();
  private final TextField source = new TextField();
  private final TextArea rows = new TextArea();
  private final Grid<CsvImport.Row> preview = new Grid<>();
  private final Paragraph summary = new Paragraph();
  private final Button importButton = new Button();

  CsvImportDialog(
      CalendarMaintenance maintenance,
      cn.linggong.identity.LinggongUser actor,
      Integer currentYear,
      String title,
      String prefill,
      Consumer<Integer> imported) {
    this.maintenance = maintenance;
    this.actor = actor;
    setHeaderTitle(title);
    setWidth("min(56em, 96vw)");
    year.setLabel(getTranslation("calendar.year"));
    year.setId("import-year");
    year.setValue(currentYear);
    source.setLabel(getTranslation("calendar.sourceField"));
    source.setId("import-source");
    source.setWidthFull();
    source.setPlaceholder(getTranslation("calendar.sourcePlaceholder"));
    maintenance
        .year(currentYear == null ? 0 : currentYear)
        .ifPresent(y -> source.setValue(y.source()));
    rows.setLabel(getTranslation("calendar.import.rows"));
    rows.setId("import-rows");
    rows.setWidthFull();
    rows.setHelperText(getTranslation("calendar.import.format"));
    rows.setMaxLength(MAX_BYTES);
    rows.setValue(prefill);
    rows.setMinHeight("12em");

    Upload upload =
        new Upload(
            UploadHandler.inMemory(
                (metadata, data) -> {
                  String text = new String(data, StandardCharsets.UTF_8);
                  UI ui = getUI().orElse(null);
                  if (ui != null) {
                    ui.access(
                        () -> {
                          rows.setValue(text);
                          showPreview();
                        });
                  }
                }));
    cn.linggong.shared.ui.UploadTexts.prepare(upload, this);
    upload.setAcceptedFileTypes("text/csv", ".csv", ".txt");
    upload.setMaxFileSize(MAX_BYTES);
    upload.setMaxFiles(1);

    preview
        .addColumn(CsvImport.Row::line)
        .setHeader(getTranslation("calendar.import.line"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    preview
        .addColumn(CsvImport.Row::date)
        .setHeader(getTranslation("calendar.import.date"))
        .setAutoWidth(true);
    preview
        .addColumn(
            r -> r.day() == null ? r.kind() : getTranslation("calendar.kind." + r.day().kind()))
        .setHeader(getTranslation("calendar.import.kind"))
        .setAutoWidth(true);
    preview
        .addColumn(CsvImport.Row::name)
        .setHeader(getTranslation("calendar.day.name"))
        .setAutoWidth(true);
    preview
        .addColumn(
            r ->
                r.valid()
                    ? "✓"
                    : r.problems().stream()
                        .map(v -> getTranslation(v.messageKey(), v.argumentArray()))
                        .collect(
                            Collectors.joining(cn.linggong.shared.ui.Punctuation.semicolon(this))))
        .setHeader(getTranslation("calendar.import.check"))
        .setFlexGrow(1);
    preview.setId("import-preview");
    preview.setEmptyStateText(getTranslation("calendar.import.previewEmpty"));
    preview.setAllRowsVisible(true);
    summary.setId("import-summary");

    Button check = new Button(getTranslation("calendar.import.preview"), e -> showPreview());
    check.setId("import-check");
    importButton.setText(getTranslation("calendar.import.confirm"));
    importButton.setId("import-confirm");
    importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    importButton.setEnabled(false);
    importButton.addClickListener(
        e -> {
          try {
            maintenance.importCsv(
                year.getValue() == null ? 0 : year.getValue(),
                source.getValue(),
                rows.getValue(),
                actor);
            close();
            imported.accept(year.getValue());
          } catch (InvalidInputException invalid) {
            FieldErrors.show(this, invalid, Map.of("source", source, "year", year, "file", rows));
          }
        });
    rows.addValueChangeListener(e -> importButton.setEnabled(false));
    year.addValueChangeListener(e -> importButton.setEnabled(false));

    add(new VerticalLayout(year, source, upload, rows, check, summary, preview));
    getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), importButton);
  }

  private void showPreview() {
    if (year.getValue() == null) {
      year.setErrorMessage(getTranslation("validation.required"));
      year.setInvalid(true);
      return;
    }
    year.setInvalid(false);
    CsvImport.Preview result = maintenance.previewCsv(actor, year.getValue(), rows.getValue());
    preview.setItems(result.rows());
    long bad = result.rows().stream().filter(r -> !r.valid()).count();
    summary.setText(
        result.rows().isEmpty()
            ? getTranslation("calendar.csv.empty")
            : getTranslation(
                "calendar.import.summary",
                result.rows().size(),
                result.holidays(),
                result.workdays(),
                bad));
    importButton.setEnabled(result.valid());
  }
}
