package cn.linggong.identity;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.shell.KaribuTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An admin creates a user on the screen; bad input is shown beside its field and writes nothing.
 */
@SpringBootTest
class UserAdminViewTest extends KaribuTestBase {

  @Test
  void refusedInputIsShownBesideEachFieldAndNothingIsCreated() {
    signIn("admin");
    UI.getCurrent().navigate(UserAdminView.class);
    long before = directory.countUsers(cn.linggong.testsupport.TestUsers.admin(), null);
    _click(_get(Button.class, spec -> spec.withId("new-user")));
    _setValue(_get(TextField.class, spec -> spec.withId("user-id")), "Bad Id!");
    _setValue(_get(PasswordField.class, spec -> spec.withId("user-password")), "short");
    _click(_get(Button.class, spec -> spec.withId("save-user")));

    TextField userId = _get(TextField.class, spec -> spec.withId("user-id"));
    assertThat(userId.isInvalid()).isTrue();
    assertThat(userId.getErrorMessage()).contains("小写字母");
    TextField name = _get(TextField.class, spec -> spec.withId("user-name"));
    assertThat(name.getErrorMessage()).isEqualTo("此项为必填项");
    assertThat(_get(PasswordField.class, spec -> spec.withId("user-password")).getErrorMessage())
        .isEqualTo("密码至少 8 位");
    assertThat(directory.countUsers(cn.linggong.testsupport.TestUsers.admin(), null))
        .isEqualTo(before);
  }

  @Test
  void adminCreatesACaseworkerForADistrict() {
    signIn("admin");
    UI.getCurrent().navigate(UserAdminView.class);
    String id = "karibu" + System.nanoTime() % 100000;
    _click(_get(Button.class, spec -> spec.withId("new-user")));
    _setValue(_get(TextField.class, spec -> spec.withId("user-id")), id);
    _setValue(_get(PasswordField.class, spec -> spec.withId("user-password")), "a-good-password");
    _setValue(_get(TextField.class, spec -> spec.withId("user-name")), "孙丽");
    @SuppressWarnings("unchecked")
    CheckboxGroup<String> roles = _get(CheckboxGroup.class);
    _setValue(roles, Set.of(Roles.CASEWORKER));
    @SuppressWarnings("unchecked")
    com.vaadin.flow.component.select.Select<String> district =
        _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withLabel("所属区县"));
    _setValue(district, "kf-longting");
    _setValue(
        _get(TextField.class, spec -> spec.withId("user-organisation")), " 开封市龙亭区人力资源和社会保障局 ");
    _click(_get(Button.class, spec -> spec.withId("save-user")));

    var created = directory.findUser(id).orElseThrow();
    assertThat(created.name()).isEqualTo("孙丽");
    assertThat(created.roles()).containsExactly(Roles.CASEWORKER);
    assertThat(created.districtId()).isEqualTo("kf-longting");
    assertThat(created.organisation()).isEqualTo("开封市龙亭区人力资源和社会保障局");
  }
}
