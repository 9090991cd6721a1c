package cn.linggong.monitoring;

import cn.linggong.identity.CurrentUser;
import cn.linggong.identity.District;
import cn.linggong.identity.Districts;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.identity.UserNames;
import cn.linggong.shared.ui.DateField;
import cn.linggong.shared.ui.Downloads;
import cn.linggong.shared.ui.RegistryPage;
import cn.linggong.shared.ui.SaveDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * 记实台账 (seed 001): the five daily work-log ledgers of the district's markets, searched by market,
 * ledger, dates and text, a new line entered in a dialog, what is found exported as XLSX.
 */
@Route("work-logs")
@RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR, Roles.REVIEWER})
@Menu(title = "nav.workLogs", order = 21, icon = "vaadin:notebook")
public class WorkLogView extends RegistryPage<WorkLogEntry> {

  private final transient WorkLogs logs;
  private final transient MarketReports markets;
  private final LinggongUser user;
  private final Select<Long> market = new Select<>();
  private final Select<String> district = new Select<>();
  private final Select<WorkLogEntry.Ledger> ledger = new Select<>();
  private final DateField from;
  private final DateField to;
  private final TextField text;
  private final Map<Long, String> marketNames;

  public WorkLogView(
      WorkLogs logs,
      MarketReports markets,
      CurrentUser currentUser,
      Districts districts,
      UserNames names,
      Clock clock) {
    super("worklog-view", "worklog-grid", "nav.workLogs");
    this.logs = logs;
    this.markets = markets;
    this.user = currentUser.require();
    Map<String, String> districtNames =
        districts.districts().stream().collect(Collectors.toMap(District::id, District::name));
    marketNames =
        user.cityLevel()
            ? Map.of()
            : markets.markets(user, null).stream()
                .collect(Collectors.toMap(MarketReports.Market::id, MarketReports.Market::name));
    if (user.cityLevel()) {
      district.setId("worklog-district");
      district.setItems(
          Stream.concat(Stream.of(""), districtNames.keySet().stream().sorted()).toList());
      district.setItemLabelGenerator(
          id -> id.isEmpty() ? getTranslation("monitoring.allDistricts") : districtNames.get(id));
      district.setValue("");
      filter(district);
    } else {
      market.setId("worklog-market");
      market.setItems(marketNames.keySet().stream().sorted().toList());
      market.setItemLabelGenerator(
          id -> id == null ? getTranslation("worklog.anyMarket") : marketNames.get(id));
      market.setEmptySelectionAllowed(true);
      market.setEmptySelectionCaption(getTranslation("worklog.anyMarket"));
      filter(market);
    }
    ledger.setId("worklog-ledger");
    ledger.setItems(WorkLogEntry.Ledger.values());
    ledger.setItemLabelGenerator(
        l ->
            l == null
                ? getTranslation("worklog.anyLedger")
                : getTranslation("worklog.ledger." + l.name()));
    ledger.setEmptySelectionAllowed(true);
    ledger.setEmptySelectionCaption(getTranslation("worklog.anyLedger"));
    filter(ledger);
    from = filter(new DateField(getTranslation("worklog.from")));
    from.setId("worklog-from");
    to = filter(new DateField(getTranslation("worklog.to")));
    to.setId("worklog-to");
    text = textFilter("worklog-text", "worklog.search");
    action(
        "worklog-add",
        "worklog.add",
        MonitoringPolicy.ENTER.allows(user) && !user.cityLevel(),
        () -> openAdd(clock));
    addComponentAtIndex(
        2,
        Downloads.link(
            "worklog-xlsx",
            getTranslation("worklog.download"),
            "xlsx",
            () ->
                new Downloads.File(
                    "work-logs-" + LocalDate.now(clock) + ".xlsx",
                    ReportFiles.XLSX,
                    logs.xlsx(user, filter(), getLocale()))));

    column(e -> e.entryDate().toString(), "worklog.column.date");
    column(WorkLogEntry::marketName, "worklog.column.market");
    column(e -> getTranslation("worklog.ledger." + e.ledger().name()), "worklog.column.ledger");
    column(WorkLogEntry::content, "worklog.column.content");
    detail(WorkLogEntry::party, "worklog.column.party");
    column(WorkLogEntry::headCount, "worklog.column.headCount");
    detail(e -> names.of(this, e.enteredBy()), "worklog.column.enteredBy");
    rows((offset, limit) -> logs.search(user, filter(), offset, limit));
    emptyState("worklog.empty");
  }

  private WorkLogs.Filter filter() {
    String t = text.getValue() == null || text.getValue().isBlank() ? null : text.getValue().trim();
    return new WorkLogs.Filter(
        user.cityLevel() ? null : market.getValue(),
        ledger.getValue(),
        from.getValue(),
        to.getValue(),
        t == null ? null : "%" + t.replace("%", "").replace("_", "") + "%",
        user.cityLevel() ? district.getValue() : null);
  }

  private void openAdd(Clock clock) {
    Select<Long> where = new Select<>();
    where.setLabel(getTranslation("worklog.column.market"));
    where.setId("worklog-new-market");
    where.setItems(marketNames.keySet().stream().sorted().toList());
    where.setItemLabelGenerator(marketNames::get);
    Select<WorkLogEntry.Ledger> which = new Select<>();
    which.setLabel(getTranslation("worklog.column.ledger"));
    which.setId("worklog-new-ledger");
    which.setItems(WorkLogEntry.Ledger.values());
    which.setItemLabelGenerator(l -> getTranslation("worklog.ledger." + l.name()));
    DateField day = new DateField(getTranslation("worklog.column.date"));
    day.setId("worklog-new-date");
    day.setValue(LocalDate.now(clock));
    TextArea content = new TextArea(getTranslation("worklog.column.content"));
    content.setId("worklog-new-content");
    TextField party = new TextField(getTranslation("worklog.column.party"));
    party.setId("worklog-new-party");
    party.setPlaceholder(getTranslation("worklog.party.placeholder"));
    IntegerField count = new IntegerField(getTranslation("worklog.column.headCount"));
    count.setId("worklog-new-count");
    count.setMin(0);
    FormLayout form = new FormLayout(where, which, day, count, content, party);
    Map<String, com.vaadin.flow.component.HasValidation> fields =
        Map.of(
            "marketId", where,
            "ledger", which,
            "entryDate", day,
            "content", content,
            "party", party,
            "headCount", count);
    new SaveDialog(
            getTranslation("worklog.add"),
            "worklog-save",
            form,
            fields,
            () -> {
              WorkLogEntry e =
                  logs.add(
                      user,
                      new WorkLogs.Draft(
                          where.getValue(),
                          which.getValue(),
                          day.getValue(),
                          content.getValue(),
                          party.getValue(),
                          count.getValue()));
              return getTranslation("worklog.saved", e.marketName());
            },
            this::refresh)
        .required(List.copyOf(fields.keySet()))
        .open();
  }
}
