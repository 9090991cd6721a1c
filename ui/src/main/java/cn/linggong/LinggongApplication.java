package cn.linggong;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Linggong: the case desk of the bureaus that run gig markets (零工市场). */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class LinggongApplication implements AppShellConfigurator {

  public static void main(String[] args) {
    SpringApplication.run(LinggongApplication.class, args);
  }

  @Override
  public void configurePage(AppShellSettings settings) {
    settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
    // every dialog fits a tablet's screen: never wider than the window, its content scrolls
    settings.addInlineWithContents(
        "vaadin-dialog-overlay::part(overlay){max-width:calc(100vw - 16px);}"
            + "vaadin-dialog-overlay::part(content){overflow-x:auto;}",
        com.vaadin.flow.component.page.Inline.Wrapping.STYLESHEET);
  }
}
