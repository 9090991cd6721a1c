package cn.linggong.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.identity.AccountView;
import cn.linggong.identity.LoginView;
import cn.linggong.identity.UserAdminView;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.HasErrorParameter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** Sign-in screen and the menu each role sees, without a browser. */
@SpringBootTest
class NavigationTest extends KaribuTestBase {

  private java.util.List<String> menuLabels() {
    return _get(SideNav.class, spec -> spec.withId("main-menu")).getItems().stream()
        .map(SideNavItem::getLabel)
        .toList();
  }

  /** The texts the login form was given, as the JSON the browser receives. */
  private static String loginTexts() {
    return String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n"));
  }

  @Test
  void anonymousVisitorIsSentToTheLoginScreen() {
    UI.getCurrent().navigate("");
    LocatorJ._assertOne(LoginView.class);
    LocatorJ._assertNone(HomeView.class);
  }

  @Test
  void loginScreenSpeaksChineseToAChineseBrowser() {
    // Vaadin matches the browser's language to zh-CN or en; zh-CN is the default for any other
    UI.getCurrent().navigate("login");
    UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    assertThat(loginTexts()).contains("\"title\":\"登录\"", "\"username\":\"用户名\"");
  }

  @Test
  void loginScreenSpeaksEnglishToAnEnglishBrowser() {
    UI.getCurrent().navigate("login");
    UI.getCurrent().setLocale(Locale.ENGLISH);
    assertThat(loginTexts()).contains("\"title\":\"Sign in\"");
  }

  @Test
  void caseworkerSeesHomeAndHerAccountButNoAdministration() {
    signIn("caseworker1");
    UI.getCurrent().navigate("");
    LocatorJ._assertOne(HomeView.class);
    assertThat(menuLabels())
        .containsExactly(
            "首页", "待办任务", "零工台账", "帮扶案件", "用工主体", "岗位信息", "零工市场名录", "认定申请", "认定目标", "补贴申请", "月度监测",
            "记实台账", "我的账户");
    assertThat(_get(Span.class, spec -> spec.withId("current-user")).getText())
        .isEqualTo("张敏 · 鼓楼区");
    assertThat(_find(Anchor.class)).noneMatch(a -> a.getHref().startsWith("/camunda"));
  }

  @Test
  void adminSeesAdministrationTheRegistryToTransferWorkersAndTheEngineCockpitButNoCasework() {
    signIn("admin");
    UI.getCurrent().navigate("");
    assertThat(menuLabels())
        .containsExactly(
            "首页",
            "零工台账",
            "用户管理",
            "区县管理",
            "工作日历",
            "办理时限",
            "邮件发件箱",
            "运维",
            "访问令牌",
            "个人信息查看记录",
            "评分标准",
            "我的账户");
    assertThat(_find(Anchor.class)).anyMatch(a -> a.getHref().startsWith("/camunda/app/cockpit"));
    assertThat(_get(Span.class, spec -> spec.withId("current-user")).getText())
        .isEqualTo("系统管理员 · 市级");
  }

  @Test
  void reviewersAndFinanceHaveTheDirectoryToWorkOn() {
    signIn("reviewer1");
    UI.getCurrent().navigate("");
    assertThat(menuLabels())
        .containsExactly(
            "首页", "待办任务", "零工市场名录", "认定申请", "认定目标", "补贴申请", "补贴预算", "月度监测", "记实台账", "评分标准", "我的账户");
    signIn("finance1");
    UI.getCurrent().navigate("");
    assertThat(menuLabels()).containsExactly("首页", "待办任务", "零工市场名录", "补贴申请", "补贴预算", "我的账户");
  }

  @Test
  void supervisorSeesTheOverdueWorkOfHerDistrict() {
    signIn("supervisor1");
    UI.getCurrent().navigate("");
    assertThat(menuLabels())
        .containsExactly(
            "首页", "督办看板", "时限督办", "待办任务", "零工台账", "帮扶案件", "用工主体", "岗位信息", "欠薪投诉", "零工市场名录", "认定申请",
            "认定目标", "补贴申请", "补贴预算", "月度监测", "记实台账", "我的账户");
    assertThat(
            _get(
                    com.vaadin.flow.component.html.Paragraph.class,
                    spec -> spec.withId("home-overdue"))
                .getText())
        .startsWith("您所辖范围内当前超期任务");
    UI.getCurrent().navigate("supervision");
    LocatorJ._assertOne(cn.linggong.sla.SupervisionView.class);
  }

  @Test
  void serverRefusesAnAdminScreenTheMenuHidesFromACaseworker() {
    signIn("caseworker1");
    UI.getCurrent().navigate("admin/users");
    var shown = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
    assertThat(shown).noneMatch(UserAdminView.class::isInstance);
    assertThat(shown.get(0)).isInstanceOf(HasErrorParameter.class);
    // said in Chinese ("无权访问"), inside the frame, with the way home
    assertThat(shown.get(0)).isInstanceOf(NotFoundView.Refused.class);
    assertThat(
            LocatorJ._get(com.vaadin.flow.component.html.H2.class, spec -> spec.withText("无权访问")))
        .isNotNull();
    assertThat(LocatorJ._find(com.vaadin.flow.router.RouterLink.class))
        .anyMatch(l -> l.getText().equals("返回首页"));
    assertThat(shown).anyMatch(MainLayout.class::isInstance);
  }

  @org.springframework.beans.factory.annotation.Autowired
  cn.linggong.complaint.ComplaintIntake complaints;

  @org.springframework.beans.factory.annotation.Autowired
  org.camunda.bpm.engine.TaskService taskService;

  @Test
  void aTaskWhoseCaseTheRoleMayNotSeeIsNoAccessInTheFrameNotANavigationError() {
    String no = UiCases.fileComplaint(directory, complaints);
    String taskId =
        taskService.createTaskQuery().processInstanceBusinessKey(no).singleResult().getId();
    signIn("caseworker1");
    UI.getCurrent().navigate("tasks/" + taskId);
    var shown = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
    assertThat(shown.get(0)).isInstanceOf(NotFoundView.RefusedByService.class);
    assertThat(
            LocatorJ._get(com.vaadin.flow.component.html.H2.class, spec -> spec.withText("无权访问")))
        .isNotNull();
    assertThat(shown).anyMatch(MainLayout.class::isInstance);
  }

  @Test
  void anAdminOpeningCaseworkIsToldSoInTheFrame() {
    signIn("admin");
    UI.getCurrent().navigate("complaints");
    assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
        .isInstanceOf(NotFoundView.Refused.class);
  }

  @Test
  void userWhoChoseEnglishGetsEnglishScreens() {
    directory.setLanguage("caseworker2", Locale.ENGLISH);
    try {
      signIn("caseworker2");
      UI.getCurrent().navigate("account");
      LocatorJ._assertOne(AccountView.class);
      assertThat(menuLabels())
          .containsExactly(
              "Home",
              "Inbox",
              "Gig workers",
              "Assistance cases",
              "Employers",
              "Job postings",
              "Gig-market directory",
              "Certification applications",
              "Certification targets",
              "Subsidy applications",
              "Monthly monitoring",
              "Work-log ledgers",
              "My account");
    } finally {
      directory.setLanguage("caseworker2", Locale.SIMPLIFIED_CHINESE);
    }
  }
}
