package cn.linggong.casework;

import cn.linggong.casefile.CaseDocument;
import cn.linggong.casefile.CaseDocuments;
import cn.linggong.shared.ui.Downloads;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The letters and records of a case, each a download fetched (and checked) only when clicked, named
 * in the screen's language by its kind ({@code document.<case type>.<kind>}) and when it was made;
 * the file keeps its Chinese name. A case type may add sections of its own below (a complaint's
 * evidence).
 */
public class CaseDocumentsList extends VerticalLayout {

  private boolean waiting;

  public CaseDocumentsList(
      String id,
      String caseType,
      List<CaseDocument> documents,
      LongFunction<CaseDocuments.File> fetch,
      java.time.ZoneId zone) {
    setPadding(false);
    setWidth(null);
    setId(id);
    add(new H3(getTranslation("case.documents")));
    if (documents.isEmpty()) {
      add(new Paragraph(getTranslation("case.noDocuments")));
    }
    for (CaseDocument d : documents) {
      long documentId = d.id();
      String name =
          getTranslation("document." + caseType + "." + d.kind())
              + " · "
              + CaseTexts.time(d.createdAt(), zone);
      if (!d.ready()) {
        // made by a job after the step: the screen looks again while it is pending
        waiting |= d.status() == CaseDocument.Status.PENDING;
        Span state =
            new Span(
                name
                    + " · "
                    + getTranslation(
                        d.status() == CaseDocument.Status.FAILED
                            ? "case.document.failed"
                            : "case.document.pending"));
        state.setId("document-" + documentId);
        state.getElement().setAttribute("data-kind", d.kind());
        state.getElement().setAttribute("data-status", d.status().name());
        if (d.status() == CaseDocument.Status.FAILED) {
          state.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        add(state);
        continue;
      }
      add(
          Downloads.link(
              "document-" + documentId,
              name,
              d.kind(),
              () -> {
                CaseDocuments.File file = fetch.apply(documentId);
                return new Downloads.File(
                    file.document().fileName(), file.document().contentType(), file.content());
              }));
    }
  }

  /** Whether a letter of the list is still being made. */
  public boolean waiting() {
    return waiting;
  }

  /** A section of the case type's own, under its heading. */
  public CaseDocumentsList section(String heading, List<? extends Component> items) {
    add(new H3(heading));
    items.forEach(this::add);
    return this;
  }
}
