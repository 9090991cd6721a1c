package cn.linggong.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.identity.DirectoryService;
import cn.linggong.testsupport.EnabledWithChromium;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every main screen of a seeded demo city in a real browser, at 1280 and 768 wide, in Chinese and
 * English, saved under {@code ui/target/screenshots/<language>-<width>-<screen>.png}; on the tablet
 * no screen scrolls sideways and every grid keeps its key columns in view.
 */
@EnabledWithChromium
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"linggong.demo-data.cases=40", "linggong.demo-data.months=3"})
class ScreenshotsIT {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired DirectoryService directory;

  private BrowserSession session;

  @AfterEach
  void closeBrowser() {
    if (session != null) {
      session.close();
    }
    for (String user : List.of("caseworker1", "mediator1", "supervisor1", "admin", "reviewer1")) {
      directory.setLanguage(user, Locale.SIMPLIFIED_CHINESE);
    }
  }

  private String one(String sql) {
    return jdbc.queryForObject(sql, String.class);
  }

  /** A screen, the element that says it has drawn, and its grid (null where it has none). */
  private record Screen(String user, String name, String path, String waitFor, String grid) {
    Screen(String user, String name, String path, String waitFor) {
      this(user, name, path, waitFor, waitFor.endsWith("-grid") ? waitFor : null);
    }
  }

  private List<Screen> screens() {
    String caseNo =
        one(
            "SELECT MIN(c.case_no) FROM assistance_case c WHERE c.state = 'OPEN'"
                + " AND c.district_id = 'kf-gulou'");
    String workerId =
        one(
            "SELECT CAST(worker_id AS VARCHAR(20)) FROM assistance_case WHERE case_no = '"
                + caseNo
                + "'");
    String complaintNo =
        one(
            "SELECT MIN(complaint_no) FROM complaint WHERE state = 'OPEN'"
                + " AND district_id = 'kf-gulou'");
    String marketId =
        one(
            "SELECT CAST(MIN(id) AS VARCHAR(20)) FROM market WHERE district_id = 'kf-gulou'"
                + " AND kind = 'COMPREHENSIVE' AND certification <> 'NONE'");
    String applicationNo =
        one(
            "SELECT MIN(application_no) FROM certification_application"
                + " WHERE outcome = 'CERTIFIED' OR stage = 'PUBLIC_NOTICE'");
    return List.of(
        new Screen("caseworker1", "home", "", "home-view"),
        new Screen("caseworker1", "inbox", "inbox", "inbox-grid"),
        new Screen("caseworker1", "assistance-cases", "assistance", "case-grid"),
        new Screen("caseworker1", "assistance-case", "assistance/" + caseNo, "main-menu"),
        new Screen("caseworker1", "workers", "workers", "worker-grid"),
        new Screen("caseworker1", "worker-page", "workers/" + workerId, "worker-registration"),
        new Screen("caseworker1", "employers", "employers", "employer-grid"),
        new Screen("caseworker1", "jobs", "jobs", "job-grid"),
        new Screen("caseworker1", "markets", "markets", "market-grid"),
        new Screen("caseworker1", "market-page", "markets/" + marketId, "market-record"),
        new Screen("caseworker1", "public-markets", "public/markets", "public-markets-list"),
        new Screen("mediator1", "home", "", "home-view"),
        new Screen("mediator1", "complaints", "complaints", "complaint-grid"),
        new Screen("mediator1", "complaint", "complaints/" + complaintNo, "main-menu"),
        new Screen("supervisor1", "supervision", "supervision", "main-menu"),
        new Screen("reviewer1", "home", "", "home-view"),
        new Screen("reviewer1", "markets", "markets", "market-grid"),
        new Screen("reviewer1", "certifications", "certifications", "certification-grid"),
        new Screen(
            "reviewer1",
            "certification",
            "certifications/" + applicationNo,
            "certification-scores"),
        new Screen("reviewer1", "public-notices", "public/notices", "public-notices-list"),
        new Screen(
            "reviewer1",
            "certification-targets",
            "certification-targets",
            "certification-targets-districts"),
        new Screen("admin", "criteria-sheets", "criteria-sheets", "criteria-criteria"),
        new Screen("admin", "users", "admin/users", "main-menu"),
        new Screen("admin", "calendar", "admin/calendar", "main-menu"));
  }

  /** How far the grid's own table scrolls sideways (0: every shown column fits). */
  private long gridOverflow(String id) {
    return ((Number)
            ((JavascriptExecutor) session.driver())
                .executeScript(
                    "const t = document.getElementById(arguments[0]).shadowRoot"
                        + ".querySelector('#table'); return t.scrollWidth - t.clientWidth;",
                    id))
        .longValue();
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) session.driver()).executeScript(script, args);
  }

  private boolean sideways() {
    return (Boolean)
        ((JavascriptExecutor) session.driver())
            .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
  }

  /**
   * On the tablet, a tap on a row of the inbox opens what its hidden columns say; a registration
   * dialog fits the screen.
   */
  private void tabletDetailsAndDialog(String tag) {
    session.close();
    session = new BrowserSession(port, "768,1024");
    session.signIn("caseworker1");
    session.open("/inbox");
    session.waiting().until(d -> !d.findElements(By.id("inbox-grid")).isEmpty());
    session.settle();
    // a tap on the first row's step cell (not its link or button)
    js(
        "document.getElementById('inbox-grid').shadowRoot"
            + ".querySelector('#items tr').querySelectorAll('td')[1].click();");
    session
        .waiting()
        .until(d -> !d.findElements(By.cssSelector("#inbox-grid .narrow-details span")).isEmpty());
    String details =
        (String)
            js(
                "return Array.from(document.querySelectorAll('#inbox-grid .narrow-details'))"
                    + ".map(e => e.innerText).join('\\n');");
    assertThat(details)
        .as("the hidden columns in the details row")
        .contains("zh".equals(tag) ? "流程" : "Process");
    session.screenshot(tag + "-768-caseworker1-inbox-details");

    session.open("/workers");
    session.click("worker-register");
    session.waiting().until(d -> !d.findElements(By.id("worker-save")).isEmpty());
    long dialogWidth =
        ((Number)
                js(
                    "const o = document.querySelector('vaadin-dialog-overlay');"
                        + " return o.shadowRoot.querySelector('[part=overlay]')"
                        + ".getBoundingClientRect().right;"))
            .longValue();
    assertThat(dialogWidth)
        .as("the dialog's right edge inside the window")
        .isLessThanOrEqualTo(768);
    session.screenshot(tag + "-768-caseworker1-register-dialog");
  }

  @Test
  void everyMainScreenAtBothWidthsInBothLanguages() {
    List<Screen> screens = screens();
    List<String> overflowing = new ArrayList<>();
    for (Locale language : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      String tag = language.getLanguage();
      String signedIn = null;
      session = new BrowserSession(port, "1280,900");
      for (Screen s : screens) {
        if (!s.user().equals(signedIn)) {
          if (signedIn != null) {
            session.close();
            session = new BrowserSession(port, "1280,900");
          }
          directory.setLanguage(s.user(), language);
          session.signIn(s.user());
          signedIn = s.user();
        }
        for (int width : new int[] {1280, 768}) {
          session
              .driver()
              .manage()
              .window()
              .setSize(new Dimension(width, width == 768 ? 1024 : 900));
          session.open("/" + s.path());
          session.waiting().until(d -> !d.findElements(By.id(s.waitFor())).isEmpty());
          session.settle();
          session.screenshot(tag + "-" + width + "-" + s.user() + "-" + s.name());
          if (width == 768 && sideways()) {
            overflowing.add(tag + " " + s.user() + " /" + s.path());
          }
          if (width == 768 && s.grid() != null && gridOverflow(s.grid()) > 1) {
            overflowing.add(tag + " grid " + s.grid() + " of /" + s.path());
          }
        }
      }
      tabletDetailsAndDialog(tag);
      session.close();
      session = null;
    }
    assertThat(overflowing).as("screens and grids that scroll sideways at 768 wide").isEmpty();
  }
}
