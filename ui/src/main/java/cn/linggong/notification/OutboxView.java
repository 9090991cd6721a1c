package cn.linggong.notification;

import cn.linggong.identity.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Admins see every mail the system wrote, sent or waiting, with its last error. */
@Route("admin/outbox")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "nav.outbox", order = 84, icon = "vaadin:envelopes")
public class OutboxView extends VerticalLayout implements HasDynamicTitle {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  public OutboxView(Outbox outbox, Clock clock) {
    setId("outbox-view");
    setSizeFull();
    Grid<OutboxMail> grid = new Grid<>();
    grid.setEmptyStateText(getTranslation("outbox.empty"));
    grid.addColumn(m -> format(m.createdAt(), clock))
        .setHeader(getTranslation("outbox.created"))
        .setAutoWidth(true);
    grid.addColumn(OutboxMail::recipient)
        .setHeader(getTranslation("outbox.recipient"))
        .setAutoWidth(true);
    grid.addColumn(OutboxMail::subject).setHeader(getTranslation("outbox.subject")).setFlexGrow(1);
    grid.addColumn(m -> getTranslation("outbox.status." + m.status()))
        .setHeader(getTranslation("outbox.status"))
        .setAutoWidth(true);
    grid.addColumn(OutboxMail::attempts)
        .setHeader(getTranslation("outbox.attempts"))
        .setAutoWidth(true);
    grid.addColumn(
            m -> m.sentAt() == null ? format(m.nextAttemptAt(), clock) : format(m.sentAt(), clock))
        .setHeader(getTranslation("outbox.when"))
        .setAutoWidth(true);
    grid.addColumn(m -> m.lastError() == null ? "" : m.lastError())
        .setHeader(getTranslation("outbox.error"));
    grid.setItemDetailsRenderer(
        new com.vaadin.flow.data.renderer.ComponentRenderer<>(m -> new Paragraph(m.body())));
    grid.setItems(
        query -> outbox.page(query.getOffset(), query.getLimit()).stream(),
        query -> (int) outbox.count());
    grid.setSizeFull();
    add(new H2(getTranslation("nav.outbox")), new Paragraph(getTranslation("outbox.hint")), grid);
  }

  private static String format(Instant instant, Clock clock) {
    return instant == null ? "" : TIME.format(instant.atZone(clock.getZone()));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.outbox");
  }
}
