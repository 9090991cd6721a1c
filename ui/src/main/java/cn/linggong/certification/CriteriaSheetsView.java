package cn.linggong.certification;

import cn.linggong.identity.CurrentUser;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.identity.UserNames;
import cn.linggong.shared.ui.ListSection;
import cn.linggong.shared.ui.SaveDialog;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 评分标准: every version of the certification criteria sheet, the one in force first — its areas,
 * criteria with their points and the evidence each asks for, the pass mark and the exclusions. An
 * admin publishes a new version, started from the one shown; applications filed from then on are
 * scored against it, earlier ones keep theirs.
 */
@Route("criteria-sheets")
@RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
@Menu(title = "nav.criteriaSheets", order = 87, icon = "vaadin:list-ol")
public class CriteriaSheetsView extends VerticalLayout implements HasDynamicTitle {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final transient CriteriaSheets sheets;
  private final transient UserNames names;
  private final transient Clock clock;
  private final transient LinggongUser user;
  private final Select<CriteriaSheet> version = new Select<>();
  private final VerticalLayout shown = new VerticalLayout();
  // the newest version is the one in force
  private long inForce = -1;

  public CriteriaSheetsView(
      CriteriaSheets sheets, UserNames names, Clock clock, CurrentUser currentUser) {
    this.sheets = sheets;
    this.names = names;
    this.clock = clock;
    this.user = currentUser.require();
    setId("criteria-sheets");
    version.setId("criteria-version");
    version.setLabel(getTranslation("criteria.version"));
    version.setItemLabelGenerator(this::label);
    version.setWidth("min(30em, 90vw)");
    version.addValueChangeListener(e -> show(e.getValue()));
    Button publish =
        new Button(getTranslation("criteria.publish"), e -> openEditor(version.getValue()));
    publish.setId("criteria-publish");
    publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    publish.setVisible(CertificationPolicy.MAINTAIN_CRITERIA.allows(user));
    HorizontalLayout bar = new HorizontalLayout(version, publish);
    bar.setAlignItems(FlexComponent.Alignment.BASELINE);
    shown.setPadding(false);
    add(new H2(getTranslation("nav.criteriaSheets")), bar, shown);
    load();
  }

  private void load() {
    List<CriteriaSheet> versions = sheets.versions(user);
    inForce = versions.isEmpty() ? -1 : versions.get(0).id();
    version.setItems(versions);
    if (!versions.isEmpty()) {
      version.setValue(versions.get(0));
    }
  }

  private String label(CriteriaSheet s) {
    return getTranslation(
        s.id() == inForce ? "criteria.versionInForce" : "criteria.versionEarlier",
        s.version(),
        WHEN.format(s.inForceFrom().atZone(clock.getZone())));
  }

  private void show(CriteriaSheet s) {
    shown.removeAll();
    if (s == null) {
      return;
    }
    Paragraph about =
        new Paragraph(
            getTranslation(
                "criteria.about",
                s.title(),
                s.totalPoints().stripTrailingZeros().toPlainString(),
                s.passMark().stripTrailingZeros().toPlainString(),
                s.criteria().size(),
                names.of(this, s.createdBy())));
    about.setId("criteria-about");
    record Row(String area, CriteriaSheet.Criterion criterion) {}
    List<Row> rows =
        s.areas().stream()
            .flatMap(
                a ->
                    a.criteria().stream()
                        .map(
                            c ->
                                new Row(
                                    a.name()
                                        + " · "
                                        + a.points().stripTrailingZeros().toPlainString(),
                                    c)))
            .toList();
    shown.add(
        about,
        ListSection.of(
            this,
            "criteria-criteria",
            "criteria.criteria",
            "criteria.noCriteria",
            rows,
            grid -> {
              grid.addColumn(Row::area)
                  .setHeader(getTranslation("criteria.field.areaName"))
                  .setKey("area")
                  .setAutoWidth(true);
              grid.addColumn(r -> r.criterion().code())
                  .setHeader(getTranslation("criteria.field.code"))
                  .setKey("code")
                  .setAutoWidth(true);
              grid.addColumn(r -> r.criterion().text())
                  .setHeader(getTranslation("criteria.field.text"))
                  .setKey("text")
                  .setFlexGrow(2);
              grid.addColumn(r -> r.criterion().points().toPlainString())
                  .setHeader(getTranslation("criteria.field.points"))
                  .setKey("points")
                  .setAutoWidth(true);
              grid.addColumn(r -> r.criterion().evidence() == null ? "—" : r.criterion().evidence())
                  .setHeader(getTranslation("criteria.field.evidence"))
                  .setKey("evidence")
                  .setFlexGrow(1);
            }),
        ListSection.of(
            this,
            "criteria-exclusions",
            "criteria.exclusions",
            "criteria.noExclusions",
            s.exclusions(),
            grid -> {
              grid.addColumn(CriteriaSheet.Exclusion::code)
                  .setHeader(getTranslation("criteria.field.exclusionCode"))
                  .setAutoWidth(true);
              grid.addColumn(CriteriaSheet.Exclusion::text)
                  .setHeader(getTranslation("criteria.field.exclusionText"))
                  .setFlexGrow(1);
            }));
  }

  private void openEditor(CriteriaSheet from) {
    if (from == null) {
      return;
    }
    CriteriaSheetEditor editor = new CriteriaSheetEditor(from);
    Map<String, HasValidation> fields = new LinkedHashMap<>();
    editor.fields(fields);
    SaveDialog dialog =
        new SaveDialog(
            getTranslation("criteria.publish.title", from.version()),
            "criteria-save",
            editor,
            fields,
            () -> {
              // rows may have been added or removed since the dialog opened
              editor.fields(fields);
              CriteriaSheet published = sheets.publish(user, editor.draft());
              return getTranslation("criteria.published", published.version());
            },
            this::load);
    dialog.setWidth("min(70em, 98vw)");
    dialog.open();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.criteriaSheets");
  }
}
