package cn.linggong.identity;

import cn.linggong.shared.ui.FieldErrors;
import cn.linggong.shared.validation.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Admins make personal access tokens for API clients (a user's, or a read-only service account's),
 * see when each was last used, and revoke them. A new token is shown once, in a dialog.
 */
@Route("admin/tokens")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "nav.tokens", order = 85, icon = "vaadin:key")
public class TokenAdminView extends VerticalLayout implements HasDynamicTitle {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final transient AccessTokens tokens;
  private final transient LinggongUser admin;
  private final transient Clock clock;
  private final Grid<AccessToken> grid = new Grid<>();

  public TokenAdminView(AccessTokens tokens, CurrentUser currentUser, Clock clock) {
    this.tokens = tokens;
    this.admin = currentUser.require();
    this.clock = clock;
    setId("token-admin-view");
    grid.setId("tokens");
    grid.addColumn(AccessToken::name).setHeader(getTranslation("tokens.name"));
    grid.addColumn(AccessToken::userId).setHeader(getTranslation("tokens.user"));
    grid.addColumn(t -> t.prefix() + "…").setHeader(getTranslation("tokens.prefix"));
    grid.addColumn(t -> getTranslation(t.readOnly() ? "tokens.readOnly" : "tokens.readWrite"))
        .setHeader(getTranslation("tokens.rights"));
    grid.addColumn(t -> time(t.expiresAt())).setHeader(getTranslation("tokens.expires"));
    grid.addColumn(t -> t.lastUsedAt() == null ? "—" : time(t.lastUsedAt()))
        .setHeader(getTranslation("tokens.lastUsed"));
    grid.addComponentColumn(this::state).setHeader(getTranslation("tokens.state")).setKey("state");
    grid.setAllRowsVisible(true);
    grid.setEmptyStateText(getTranslation("tokens.empty"));

    TextField user = new TextField(getTranslation("tokens.user"));
    user.setId("token-user");
    TextField name = new TextField(getTranslation("tokens.name"));
    name.setId("token-name");
    name.setPlaceholder(getTranslation("tokens.namePlaceholder"));
    IntegerField days = new IntegerField(getTranslation("tokens.validDays"));
    days.setId("token-days");
    days.setValue(90);
    Checkbox readOnly = new Checkbox(getTranslation("tokens.readOnlyField"));
    readOnly.setId("token-read-only");
    Button make = new Button(getTranslation("tokens.create"));
    make.setId("token-create");
    make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Map<String, com.vaadin.flow.component.HasValidation> fields =
        Map.of("userId", user, "name", name, "validDays", days);
    make.addClickListener(
        e -> {
          try {
            AccessTokens.Created created =
                tokens.create(
                    admin, user.getValue(), name.getValue(), days.getValue(), readOnly.getValue());
            FieldErrors.clear(fields);
            showOnce(created.token());
            name.clear();
            user.clear();
            readOnly.clear();
            refresh();
          } catch (InvalidInputException invalid) {
            FieldErrors.showOrNotify(this, invalid, fields);
          }
        });
    HorizontalLayout form = new HorizontalLayout(user, name, days, readOnly, make);
    form.setAlignItems(FlexComponent.Alignment.BASELINE);
    form.getStyle().set("flex-wrap", "wrap");
    add(
        new H2(getTranslation("nav.tokens")),
        new Paragraph(getTranslation("tokens.hint")),
        form,
        grid);
    refresh();
  }

  private com.vaadin.flow.component.Component state(AccessToken t) {
    if (!t.active(clock.instant())) {
      Span gone =
          new Span(getTranslation(t.revokedAt() != null ? "tokens.revoked" : "tokens.expired"));
      gone.getElement().getThemeList().add("badge contrast");
      return gone;
    }
    Button revoke = new Button(getTranslation("tokens.revoke"));
    revoke.setId("token-revoke-" + t.id());
    revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
    revoke.addClickListener(
        e -> {
          ConfirmDialog confirm = new ConfirmDialog();
          confirm.setHeader(getTranslation("tokens.revoke"));
          confirm.setText(getTranslation("tokens.revokeConfirm", t.name(), t.userId()));
          confirm.setCancelable(true);
          confirm.setCancelText(getTranslation("action.cancel"));
          confirm.setConfirmText(getTranslation("tokens.revoke"));
          confirm.setConfirmButtonTheme("error primary");
          confirm.addConfirmListener(
              x -> {
                tokens.revoke(admin, t.id());
                com.vaadin.flow.component.notification.Notification.show(
                        getTranslation("tokens.revokedDone", t.name(), t.userId()))
                    .addThemeVariants(
                        com.vaadin.flow.component.notification.NotificationVariant.LUMO_SUCCESS);
                refresh();
              });
          confirm.open();
        });
    Span active = new Span(getTranslation("tokens.active"));
    active.getElement().getThemeList().add("badge success");
    HorizontalLayout cell = new HorizontalLayout(active, revoke);
    cell.setAlignItems(FlexComponent.Alignment.CENTER);
    return cell;
  }

  private void showOnce(String token) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("tokens.created"));
    TextField secret = new TextField();
    secret.setId("token-secret");
    secret.setValue(token);
    secret.setReadOnly(true);
    secret.setWidthFull();
    dialog.add(new Paragraph(getTranslation("tokens.createdHint")), secret);
    Button done = new Button(getTranslation("tokens.copied"), e -> dialog.close());
    done.setId("token-done");
    done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.getFooter().add(done);
    dialog.setCloseOnOutsideClick(false);
    dialog.setWidth("min(40em, 96vw)");
    dialog.open();
  }

  private void refresh() {
    grid.setItems(tokens.list(admin, null));
  }

  private String time(Instant at) {
    return TIME.format(at.atZone(clock.getZone()));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.tokens");
  }
}
