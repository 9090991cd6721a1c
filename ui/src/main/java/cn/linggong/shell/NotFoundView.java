package cn.linggong.shell;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A screen that does not exist, or that the person's role may not open (the two are told alike, so
 * as not to tell which screens there are): said in the person's language, inside the frame, with
 * the way home.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
    show(this, event);
    return HttpServletResponse.SC_NOT_FOUND;
  }

  static void show(VerticalLayout page, BeforeEnterEvent event) {
    page.removeAll();
    page.setId("not-found-view");
    page.add(
        new H2(page.getTranslation("notFound.title")),
        new Paragraph(page.getTranslation("notFound.explain", "/" + event.getLocation().getPath())),
        new RouterLink(page.getTranslation("notFound.home"), HomeView.class));
  }

  /** The same page for a screen the role may not open. */
  @ParentLayout(MainLayout.class)
  @PermitAll
  public static class Refused extends VerticalLayout
      implements HasErrorParameter<com.vaadin.flow.router.AccessDeniedException> {

    @Override
    public int setErrorParameter(
        BeforeEnterEvent event,
        ErrorParameter<com.vaadin.flow.router.AccessDeniedException> parameter) {
      show(this, event);
      return HttpServletResponse.SC_NOT_FOUND;
    }
  }
}
