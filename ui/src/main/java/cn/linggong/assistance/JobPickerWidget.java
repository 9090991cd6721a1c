package cn.linggong.assistance;

import cn.linggong.employer.JobCategories;
import cn.linggong.employer.JobMatch;
import cn.linggong.form.FormComponent;
import cn.linggong.identity.CurrentUser;
import cn.linggong.inbox.FormWidget;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The job picker of the referral form ({@code properties.widget = "job-picker"}): referable
 * postings ranked for the case's worker (category, district, pay, skill level), best first; picking
 * a row sets the field to the posting's id.
 */
@org.springframework.stereotype.Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JobPickerWidget implements FormWidget {

  static final int SHOWN = 30;

  private final AssistanceJobMatches matches;
  private final JobCategories categories;
  private final CurrentUser currentUser;

  @Override
  public String name() {
    return "job-picker";
  }

  @Override
  public Component create(FormComponent field, Map<String, Object> variables) {
    Object caseId = variables.get(AssistanceProcess.VAR_CASE_ID);
    List<JobMatch> offered =
        caseId instanceof Number id
            ? matches.jobMatches(currentUser.require(), id.longValue(), SHOWN)
            : List.of();
    return new Picker(field.label(), offered, categories);
  }

  @Override
  public Object value(Component component) {
    return ((Picker) component).getValue();
  }

  /** A grid of ranked postings as one form field. */
  static final class Picker extends CustomField<String> {

    private final Grid<JobMatch> grid = new Grid<>();

    Picker(String label, List<JobMatch> matches, JobCategories categories) {
      setLabel(label);
      setId("job-picker");
      setWidthFull();
      grid.setId("job-picker-grid");
      grid.setEmptyStateText(getTranslation("job.picker.empty"));
      grid.addColumn(m -> m.job().title())
          .setHeader(getTranslation("job.title"))
          .setAutoWidth(true);
      grid.addColumn(m -> m.job().employerName())
          .setHeader(getTranslation("job.employer"))
          .setAutoWidth(true);
      grid.addColumn(m -> categories.label(m.job().categoryCode(), getLocale()))
          .setHeader(getTranslation("job.category"))
          .setAutoWidth(true);
      grid.addColumn(
              m ->
                  getTranslation(
                      "job.pay",
                      m.job().payAmount().toPlainString(),
                      getTranslation("employer.payUnit." + m.job().payUnit()),
                      getTranslation("employer.settlement." + m.job().settlement())))
          .setHeader(getTranslation("job.payHeader"))
          .setAutoWidth(true);
      grid.addColumn(m -> m.job().workPlace()).setHeader(getTranslation("job.workPlace"));
      grid.addColumn(
              m ->
                  m.reasons().isEmpty()
                      ? String.valueOf(m.score()) // nothing matched: no dangling separator
                      : m.score()
                          + " · "
                          + m.reasons().stream()
                              .map(r -> getTranslation("employer.match." + r))
                              .collect(
                                  Collectors.joining(
                                      cn.linggong.shared.ui.Punctuation.comma(this))))
          .setHeader(getTranslation("job.match"))
          .setAutoWidth(true);
      grid.setItems(matches);
      grid.setAllRowsVisible(true);
      grid.asSingleSelect().addValueChangeListener(e -> updateValue());
      if (matches.isEmpty()) {
        add(new Span(getTranslation("job.picker.none")));
      }
      add(grid);
    }

    @Override
    protected String generateModelValue() {
      JobMatch picked = grid.asSingleSelect().getValue();
      return picked == null ? "" : String.valueOf(picked.job().id());
    }

    @Override
    protected void setPresentationValue(String value) {
      grid.asSingleSelect().clear();
    }
  }
}
