package cn.linggong.casework;

import cn.linggong.shared.NotFoundException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The screen of one case, whatever its type: reads the case number from the route, draws the case
 * from the kit's pieces (header, party card, open steps, documents, timeline) and says plainly when
 * there is no such case for this person. A case type implements {@link #render} and nothing else.
 */
public abstract class CaseScreen extends VerticalLayout
    implements BeforeEnterObserver, HasDynamicTitle {

  private final String parameter;
  private final String notFoundTitleKey;
  private String title = "";

  protected CaseScreen(String id, String parameter, String notFoundTitleKey) {
    this.parameter = parameter;
    this.notFoundTitleKey = notFoundTitleKey;
    setId(id);
  }

  /** Draws the case into this screen (which is empty) and answers the page title. */
  protected abstract String render(String number);

  /** Draws the case again, after an action changed it. */
  protected final void show(String number) {
    removeAll();
    try {
      title = render(number);
    } catch (NotFoundException e) {
      title = getTranslation(notFoundTitleKey);
      add(new H2(title), new Paragraph(getTranslation(e.messageKey(), e.arguments())));
    }
    shown = number;
    lookAgainWhileLettersAreMade(number);
  }

  @Override
  protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
    super.onAttach(event);
    if (shown != null) {
      lookAgainWhileLettersAreMade(shown); // drawn before the screen was attached
    }
  }

  /**
   * A letter is made by a job just after the step that asked for it: while one is pending the
   * screen looks again every {@value #LETTER_POLL_MS} ms and draws the case anew once it is there.
   */
  private void lookAgainWhileLettersAreMade(String number) {
    if (poll != null) {
      poll.remove();
      poll = null;
    }
    boolean waiting =
        descendants(this).anyMatch(c -> c instanceof CaseDocumentsList l && l.waiting());
    getUI()
        .ifPresent(
            ui -> {
              ui.setPollInterval(waiting ? LETTER_POLL_MS : -1);
              if (waiting) {
                poll = ui.addPollListener(e -> show(number));
              }
            });
  }

  private static java.util.stream.Stream<Component> descendants(Component c) {
    return java.util.stream.Stream.concat(
        java.util.stream.Stream.of(c), c.getChildren().flatMap(CaseScreen::descendants));
  }

  @Override
  protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
    if (poll != null) {
      poll.remove();
      poll = null;
      event.getUI().setPollInterval(-1);
    }
    super.onDetach(event);
  }

  private static final int LETTER_POLL_MS = 2000;
  private com.vaadin.flow.shared.Registration poll;
  private String shown;

  /** Pieces side by side, wrapping on a narrow screen. */
  protected static FlexLayout columns(Component... pieces) {
    FlexLayout row = new FlexLayout(pieces);
    row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    row.getStyle().set("gap", "var(--lumo-space-xl)");
    row.setWidthFull();
    return row;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    show(event.getRouteParameters().get(parameter).orElse(""));
  }

  @Override
  public String getPageTitle() {
    return title;
  }
}
