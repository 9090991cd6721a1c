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
 * A screen that does not exist ("找不到此页面"), or that the person may not open ("无权访问"): said in the
 * person's language, inside the frame, with the way home.
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

  /** "无权访问", inside the frame, with the way home. */
  static void showRefused(VerticalLayout page) {
    page.removeAll();
    page.setId("no-access-view");
    page.add(
        new H2(page.getTranslation("noAccess.title")),
        new Paragraph(page.getTranslation("noAccess.explain")),
        new RouterLink(page.getTranslation("notFound.home"), HomeView.class));
  }

  /** A screen the person's role may not open. */
  @ParentLayout(MainLayout.class)
  @PermitAll
  public static class Refused extends VerticalLayout
      implements HasErrorParameter<com.vaadin.flow.router.AccessDeniedException> {

    @Override
    public int setErrorParameter(
        BeforeEnterEvent event,
        ErrorParameter<com.vaadin.flow.router.AccessDeniedException> parameter) {
      showRefused(this);
      return HttpServletResponse.SC_FORBIDDEN;
    }
  }

  /**
   * A screen whose content a service refused the person while it was drawn (a task of a case type
   * the role does not work): the same page, never the framework's navigation error.
   */
  @ParentLayout(MainLayout.class)
  @PermitAll
  public static class RefusedByService extends VerticalLayout
      implements HasErrorParameter<org.springframework.security.access.AccessDeniedException> {

    @Override
    public int setErrorParameter(
        BeforeEnterEvent event,
        ErrorParameter<org.springframework.security.access.AccessDeniedException> parameter) {
      showRefused(this);
      return HttpServletResponse.SC_FORBIDDEN;
    }
  }
}
