package cn.linggong.identity;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.shell.KaribuTestBase;
import cn.linggong.testsupport.TestUsers;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** An admin makes a read-only token on the screen, sees it once, and it works as a Bearer. */
@SpringBootTest
class TokenAdminViewTest extends KaribuTestBase {

  @Autowired AccessTokens tokens;

  @Test
  void anAdminMakesATokenThatIsShownOnceAndRevokesIt() {
    signIn("admin");
    UI.getCurrent().navigate(TokenAdminView.class);
    int before = tokens.list(TestUsers.admin(), "reviewer1").size();
    _setValue(_get(TextField.class, spec -> spec.withId("token-user")), "reviewer1");
    _setValue(_get(TextField.class, spec -> spec.withId("token-name")), "省级监测平台");
    _setValue(_get(Checkbox.class, spec -> spec.withId("token-read-only")), true);
    _click(_get(Button.class, spec -> spec.withId("token-create")));

    String secret = _get(TextField.class, spec -> spec.withId("token-secret")).getValue();
    assertThat(secret).startsWith(AccessTokens.PREFIX);
    var made = tokens.list(TestUsers.admin(), "reviewer1");
    assertThat(made).hasSize(before + 1);
    AccessToken token = made.get(0);
    assertThat(token.readOnly()).isTrue();
    assertThat(token.name()).isEqualTo("省级监测平台");
    assertThat(tokens.authenticate(secret)).isPresent();
    _click(_get(Button.class, spec -> spec.withId("token-done")));

    @SuppressWarnings("unchecked")
    com.vaadin.flow.component.grid.Grid<AccessToken> grid =
        _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("tokens"));
    var revoke =
        (Button)
            ((com.vaadin.flow.component.orderedlayout.HorizontalLayout)
                    com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 0, "state"))
                .getComponentAt(1);
    assertThat(revoke.getId()).hasValue("token-revoke-" + token.id());
    _click(revoke);
    com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
        _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));
    assertThat(tokens.authenticate(secret)).isEmpty();
  }

  @Test
  void aTokenWithoutUserOrPurposeIsRefusedBesideItsFields() {
    signIn("admin");
    UI.getCurrent().navigate(TokenAdminView.class);
    _click(_get(Button.class, spec -> spec.withId("token-create")));
    assertThat(_get(TextField.class, spec -> spec.withId("token-user")).getErrorMessage())
        .isEqualTo("此项为必填项");
    assertThat(_get(TextField.class, spec -> spec.withId("token-name")).getErrorMessage())
        .isEqualTo("此项为必填项");
  }
}
