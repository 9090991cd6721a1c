package cn.linggong.inbox;

import cn.linggong.identity.CurrentUser;
import cn.linggong.identity.District;
import cn.linggong.identity.Districts;
import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.ConflictException;
import cn.linggong.shared.RuleViolationException;
import cn.linggong.shared.ui.ProvisionalMark;
import cn.linggong.sla.TimeLimits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The inbox: the tasks a person may work, mine and my groups', in my district (city level: all,
 * with a district column and filter); filter chips with counts, search on the case number, sort on
 * any column (due date first), paged on the server; claim and give back.
 */
@Route("inbox")
@RolesAllowed({
  cn.linggong.identity.Roles.CASEWORKER,
  cn.linggong.identity.Roles.MEDIATOR,
  cn.linggong.identity.Roles.REVIEWER,
  cn.linggong.identity.Roles.FINANCE,
  cn.linggong.identity.Roles.SUPERVISOR
})
@Menu(title = "nav.inbox", order = 2, icon = "vaadin:inbox")
public class InboxView extends VerticalLayout
    implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final transient InboxService inbox;
  private final transient Reassignment reassignment;
  private final transient WorkDistribution distribution;
  private final HorizontalLayout bulkBar = new HorizontalLayout();
  private final transient TimeLimits timeLimits;
  private final transient Clock clock;
  private final LinggongUser user;
  private final Grid<InboxTask> grid = new Grid<>();
  private final TextField search = new TextField();
  private final Select<String> district = new Select<>();
  private final Select<InboxService.Choice> process = new Select<>();
  private final Select<InboxService.Choice> step = new Select<>();
  private final Map<String, Button> chips = new LinkedHashMap<>();
  private final transient cn.linggong.identity.UserNames names;
  private final HorizontalLayout activeFilters = new HorizontalLayout();
  private String chip = "all";

  /** Filters the dashboard's links set and the person removes: holder, nobody, escalated. */
  private String holder;

  private boolean nobody;
  private boolean escalatedOnly;

  public InboxView(
      InboxService inbox,
      Reassignment reassignment,
      WorkDistribution distribution,
      TimeLimits timeLimits,
      CurrentUser currentUser,
      Districts districts,
      Clock clock,
      cn.linggong.identity.UserNames names) {
    this.names = names;
    this.inbox = inbox;
    this.reassignment = reassignment;
    this.distribution = distribution;
    this.timeLimits = timeLimits;
    this.clock = clock;
    this.user = currentUser.require();
    setId("inbox-view");
    setSizeFull();
    Map<String, String> districtNames =
        districts.districts().stream().collect(Collectors.toMap(District::id, District::name));

    HorizontalLayout chipBar = new HorizontalLayout();
    chipBar.getStyle().set("flex-wrap", "wrap");
    java.util.List<String> chipNames =
        new java.util.ArrayList<>(java.util.List.of("all", "mine", "groups", "team"));
    if (InboxPolicy.OVERSEE.allows(user)) {
      chipNames.add("district");
    }
    chipNames.addAll(java.util.List.of("overdue", "dueSoon"));
    for (String name : chipNames) {
      Button b = new Button();
      b.setId("chip-" + name);
      b.addClickListener(
          e -> {
            chip = name;
            refresh();
          });
      chips.put(name, b);
      chipBar.add(b);
    }

    search.setPlaceholder(getTranslation("inbox.search"));
    search.setPrefixComponent(VaadinIcon.SEARCH.create());
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.setId("inbox-search");
    search.setTooltipText(getTranslation("inbox.search.tip"));
    search.addValueChangeListener(e -> refresh());
    process.setId("inbox-process");
    process.setPlaceholder(getTranslation("inbox.allProcesses"));
    process.setEmptySelectionAllowed(true);
    process.setEmptySelectionCaption(getTranslation("inbox.allProcesses"));
    process.setItems(inbox.processes(user));
    process.setItemLabelGenerator(
        c ->
            c == null
                ? getTranslation("inbox.allProcesses")
                : cn.linggong.shared.ui.ProcessTexts.process(this, c.key(), c.name()));
    step.setId("inbox-step");
    step.setEmptySelectionAllowed(true);
    step.setEmptySelectionCaption(getTranslation("inbox.allSteps"));
    step.setItemLabelGenerator(
        c ->
            c == null
                ? getTranslation("inbox.allSteps")
                : cn.linggong.shared.ui.ProcessTexts.step(this, c.key(), c.name()));
    step.setEnabled(false);
    process.addValueChangeListener(
        e -> {
          step.setItems(
              e.getValue() == null ? java.util.List.of() : inbox.steps(user, e.getValue().key()));
          step.setEnabled(e.getValue() != null);
          refresh();
        });
    step.addValueChangeListener(e -> refresh());
    HorizontalLayout filters = new HorizontalLayout(search, process, step);
    filters.getStyle().set("flex-wrap", "wrap");
    filters.setAlignItems(FlexComponent.Alignment.BASELINE);
    if (user.cityLevel()) {
      district.setItems(
          java.util.stream.Stream.concat(
                  java.util.stream.Stream.of(""), districtNames.keySet().stream().sorted())
              .toList());
      district.setItemLabelGenerator(
          id -> id.isEmpty() ? getTranslation("inbox.allDistricts") : districtNames.get(id));
      district.setValue("");
      district.addValueChangeListener(e -> refresh());
      filters.add(district);
    }

    grid.setId("inbox-grid");
    grid.setEmptyStateText(getTranslation("inbox.empty"));
    // on a tablet: case, step, due and action stay; the rest opens under the row
    cn.linggong.shared.ui.NarrowGrid<InboxTask> narrow = cn.linggong.shared.ui.NarrowGrid.of(grid);
    grid.addColumn(
            new ComponentRenderer<>(
                t ->
                    new com.vaadin.flow.component.html.Anchor(
                        "tasks/" + t.taskId(),
                        t.businessKey() == null ? t.taskId() : t.businessKey())))
        .setHeader(getTranslation("supervision.case"))
        .setKey(InboxFilter.Sort.BUSINESS_KEY.name())
        .setSortable(true)
        .setAutoWidth(true);
    narrow
        .addColumn(
            t ->
                cn.linggong.shared.ui.ProcessTexts.process(
                    this, t.processDefinitionKey(), t.processName()))
        .setHeader(getTranslation("supervision.process"))
        .setKey(InboxFilter.Sort.PROCESS.name())
        .setSortable(true)
        .setAutoWidth(true);
    grid.addColumn(
            t -> cn.linggong.shared.ui.ProcessTexts.step(this, t.taskDefinitionKey(), t.taskName()))
        .setHeader(getTranslation("supervision.step"))
        .setKey(InboxFilter.Sort.STEP.name())
        .setSortable(true)
        .setAutoWidth(true);
    if (user.cityLevel()) {
      narrow
          .addColumn(
              t ->
                  t.districtId() == null
                      ? getTranslation("shell.cityLevel")
                      : districtNames.getOrDefault(t.districtId(), t.districtId()))
          .setHeader(getTranslation("supervision.district"))
          .setKey(InboxFilter.Sort.DISTRICT.name())
          .setSortable(true)
          .setAutoWidth(true);
    }
    narrow
        .addColumn(t -> format(t.createdAt()))
        .setHeader(getTranslation("inbox.created"))
        .setKey(InboxFilter.Sort.CREATED.name())
        .setSortable(true)
        .setAutoWidth(true);
    grid.addColumn(new ComponentRenderer<>(this::due))
        .setHeader(getTranslation("supervision.due"))
        .setKey(InboxFilter.Sort.DUE.name())
        .setSortable(true)
        .setAutoWidth(true);
    narrow
        .addColumn(
            t ->
                t.assignee() == null
                    ? getTranslation("supervision.unassigned")
                    : names.of(this, t.assignee()))
        .setHeader(getTranslation("supervision.assignee"))
        .setKey(InboxFilter.Sort.ASSIGNEE.name())
        .setSortable(true)
        .setAutoWidth(true);
    grid.addColumn(new ComponentRenderer<>(this::action))
        .setHeader("")
        .setKey("ACTION")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.setItems(
        query -> {
          var order = query.getSortOrders().stream().findFirst();
          InboxFilter.Sort sort =
              order.map(o -> InboxFilter.Sort.valueOf(o.getSorted())).orElse(InboxFilter.Sort.DUE);
          boolean descending =
              order.map(o -> o.getDirection() == SortDirection.DESCENDING).orElse(false);
          return inbox
              .page(user, filter(sort, descending), query.getOffset(), query.getLimit())
              .stream();
        },
        query -> (int) inbox.count(user, filter(InboxFilter.Sort.DUE, false)));
    grid.setSizeFull();

    activeFilters.setId("inbox-active-filters");
    activeFilters.getStyle().set("flex-wrap", "wrap");
    Button next = new Button(getTranslation("inbox.next"), VaadinIcon.ARROW_FORWARD.create());
    next.setId("inbox-next");
    next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    next.addClickListener(e -> takeNext());
    HorizontalLayout heading = new HorizontalLayout(new H2(getTranslation("nav.inbox")), next);
    heading.setAlignItems(FlexComponent.Alignment.BASELINE);
    if (InboxPolicy.REASSIGN.allows(user)) {
      grid.setSelectionMode(Grid.SelectionMode.MULTI);
      bulkBar.setId("inbox-bulk");
      bulkBar.setAlignItems(FlexComponent.Alignment.BASELINE);
      grid.addSelectionListener(e -> showBulkBar());
    }
    bulkBar.setVisible(false);
    add(heading, chipBar, filters, activeFilters, bulkBar, grid);
    updateChips();
  }

  /** "下一件": the most urgent task nobody holds of my groups, taken and opened. */
  private void takeNext() {
    distribution
        .next(user)
        .ifPresentOrElse(
            task -> getUI().ifPresent(ui -> ui.navigate("tasks/" + task.taskId())),
            () ->
                Notification.show(
                        getTranslation("inbox.next.none"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_CONTRAST));
  }

  /** A supervisor's actions on the tasks ticked: reassign them, or give them back. */
  private void showBulkBar() {
    java.util.Set<InboxTask> picked = grid.getSelectedItems();
    bulkBar.removeAll();
    bulkBar.setVisible(!picked.isEmpty());
    if (picked.isEmpty()) {
      return;
    }
    Button reassign =
        new Button(getTranslation("inbox.bulk.reassign", picked.size()), e -> openBulkReassign());
    reassign.setId("bulk-reassign");
    reassign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button giveBack =
        new Button(
            getTranslation("inbox.bulk.return", picked.size()),
            e -> reportBulk(distribution.returnAll(user, selectedIds())));
    giveBack.setId("bulk-return");
    Button clear = new Button(getTranslation("inbox.bulk.clear"), e -> grid.deselectAll());
    clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    bulkBar.add(
        new Span(getTranslation("inbox.bulk.selected", picked.size())), reassign, giveBack, clear);
  }

  private java.util.List<String> selectedIds() {
    return grid.getSelectedItems().stream().map(InboxTask::taskId).toList();
  }

  /** Whom to give the ticked tasks to: anyone eligible for at least one of them. */
  private void openBulkReassign() {
    java.util.TreeSet<String> people = new java.util.TreeSet<>();
    for (String taskId : selectedIds()) {
      try {
        people.addAll(reassignment.eligible(user, taskId));
      } catch (cn.linggong.shared.NotFoundException gone) {
        // done or gone meanwhile: the action will say so for that task
      }
    }
    new ReassignDialog(
            getTranslation("inbox.bulk.reassign", selectedIds().size()),
            "bulk-reassign",
            people,
            names,
            to -> reportBulk(distribution.reassignAll(user, selectedIds(), to)))
        .open();
  }

  /** What a bulk action did, and each task it left with the reason. */
  private void reportBulk(BulkResult result) {
    grid.deselectAll();
    refresh();
    BulkReport.show(
        this,
        result,
        getTranslation("inbox.bulk.done", result.done().size()),
        getTranslation("inbox.bulk.partly", result.done().size(), result.refused().size()));
  }

  /**
   * {@code inbox?chip=mine} (the home screen's links) opens the inbox on that chip; the dashboard's
   * figures add a district, process, step, holder (or nobody) and escalated ({@link InboxLink}).
   */
  @Override
  public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
    com.vaadin.flow.router.QueryParameters params = event.getLocation().getQueryParameters();
    params.getSingleParameter(InboxLink.CHIP).filter(chips::containsKey).ifPresent(c -> chip = c);
    if (user.cityLevel()) {
      params
          .getSingleParameter(InboxLink.DISTRICT)
          .filter(d -> district.getListDataView().contains(d))
          .ifPresent(district::setValue);
    }
    params
        .getSingleParameter(InboxLink.PROCESS)
        .flatMap(
            key ->
                process.getListDataView().getItems().filter(c -> c.key().equals(key)).findFirst())
        .ifPresent(process::setValue);
    params
        .getSingleParameter(InboxLink.STEP)
        .flatMap(
            key -> step.getListDataView().getItems().filter(c -> c.key().equals(key)).findFirst())
        .ifPresent(step::setValue);
    if (InboxPolicy.OVERSEE.allows(user)) {
      holder = params.getSingleParameter(InboxLink.ASSIGNEE).filter(a -> !a.isBlank()).orElse(null);
      nobody =
          holder == null
              && params.getSingleParameter(InboxLink.UNASSIGNED).map("true"::equals).orElse(false);
      escalatedOnly =
          params.getSingleParameter(InboxLink.ESCALATED).map("true"::equals).orElse(false);
    }
    showActiveFilters();
    refresh();
  }

  /** The holder and escalated filters, each a button that takes it off. */
  private void showActiveFilters() {
    if (activeFilters.getComponentCount() > 0) {
      // a filter taken off: the address no longer carries the filters (a reload shows all)
      getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "inbox?chip=" + chip));
    }
    activeFilters.removeAll();
    if (holder != null || nobody) {
      Button b =
          new Button(
              nobody
                  ? getTranslation("inbox.filter.unassigned")
                  : getTranslation("inbox.filter.holder", names.of(this, holder)),
              VaadinIcon.CLOSE_SMALL.create(),
              e -> {
                holder = null;
                nobody = false;
                showActiveFilters();
                refresh();
              });
      b.setId("inbox-filter-holder");
      b.setIconAfterText(true);
      b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
      activeFilters.add(b);
    }
    if (escalatedOnly) {
      Button b =
          new Button(
              getTranslation("inbox.filter.escalated"),
              VaadinIcon.CLOSE_SMALL.create(),
              e -> {
                escalatedOnly = false;
                showActiveFilters();
                refresh();
              });
      b.setId("inbox-filter-escalated");
      b.setIconAfterText(true);
      b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
      activeFilters.add(b);
    }
    activeFilters.setVisible(activeFilters.getComponentCount() > 0);
  }

  private InboxFilter filter(InboxFilter.Sort sort, boolean descending) {
    return filter(chip, sort, descending);
  }

  /**
   * What a chip shows with the filters set. The due-date chips look over the widest scope the
   * person has: a supervisor's whole district, everyone else's own and groups' tasks.
   */
  private InboxFilter filter(String chip, InboxFilter.Sort sort, boolean descending) {
    Instant now = clock.instant();
    InboxFilter.Scope wide =
        InboxPolicy.OVERSEE.allows(user) ? InboxFilter.Scope.DISTRICT : InboxFilter.Scope.ALL;
    InboxFilter.Scope scope =
        switch (chip) {
          case "mine" -> InboxFilter.Scope.MINE;
          case "groups" -> InboxFilter.Scope.GROUPS;
          case "team" -> InboxFilter.Scope.TEAM;
          case "district", "overdue", "dueSoon" -> wide;
          default -> InboxFilter.Scope.ALL;
        };
    Instant before =
        switch (chip) {
          case "overdue" -> now;
          case "dueSoon" -> dueSoonLimit();
          default -> null;
        };
    Instant after = "dueSoon".equals(chip) ? now : null;
    String text = InboxFilter.caseNumberSearch(search.getValue());
    String districtId =
        user.cityLevel() && district.getValue() != null && !district.getValue().isEmpty()
            ? district.getValue()
            : null;
    String processKey = process.getValue() == null ? null : process.getValue().key();
    String stepKey = step.getValue() == null ? null : step.getValue().key();
    return new InboxFilter(
            scope, districtId, processKey, stepKey, text, before, after, sort, descending)
        .withHolder(holder, nobody, escalatedOnly);
  }

  /** What is due by then is "due soon": one rule for the inbox and the API ({@link TimeLimits}). */
  private Instant dueSoonLimit() {
    return timeLimits.dueSoonUntil(clock.instant());
  }

  private void refresh() {
    grid.getDataProvider().refreshAll();
    updateChips();
  }

  private void updateChips() {
    chips.forEach(
        (name, button) -> {
          long count = inbox.count(user, filter(name, InboxFilter.Sort.DUE, false));
          button.setText(getTranslation(chipKey(name), count));
          button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
          if (name.equals(chip)) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
          }
        });
  }

  /** A city-level supervisor's district chip is the whole city's. */
  private String chipKey(String name) {
    return "district".equals(name) && user.cityLevel() ? "inbox.chip.city" : "inbox.chip." + name;
  }

  private com.vaadin.flow.component.Component due(InboxTask task) {
    Span span = new Span(format(task.dueAt()));
    if (task.dueProvisional()) {
      return new Span(decorate(task, span), ProvisionalMark.of(this));
    }
    return decorate(task, span);
  }

  private Span decorate(InboxTask task, Span span) {
    if (task.dueAt() != null) {
      if (task.dueAt().isBefore(clock.instant())) {
        span.getElement().getThemeList().add("badge error");
        span.getElement().setAttribute("data-due", "overdue");
      } else if (timeLimits.dueSoon(task.dueAt(), clock.instant())) {
        span.getElement().getThemeList().add("badge");
        span.getStyle()
            .set("background", "var(--lumo-warning-color-10pct, #fff3cd)")
            .set("color", "var(--lumo-warning-text-color, #8a6d00)");
        span.getElement().setAttribute("data-due", "soon");
      }
    }
    return span;
  }

  private com.vaadin.flow.component.Component action(InboxTask task) {
    Button take = takeOrGiveBack(task);
    if (!InboxPolicy.REASSIGN.allows(user)) {
      return take;
    }
    Button reassign = new Button(getTranslation("inbox.reassign"), e -> openReassign(task));
    reassign.setId("reassign-" + task.taskId());
    reassign.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    return new HorizontalLayout(take, reassign);
  }

  private void openReassign(InboxTask task) {
    new ReassignDialog(
            getTranslation("inbox.reassign"),
            "reassign",
            reassignment.eligible(user, task.taskId()),
            names,
            to -> {
              reassignment.reassign(user, task.taskId(), to);
              Notification.show(getTranslation("inbox.reassigned", names.of(this, to)))
                  .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
              refresh();
            })
        .open();
  }

  private Button takeOrGiveBack(InboxTask task) {
    boolean mine = user.userId().equals(task.assignee());
    Button button = new Button(getTranslation(mine ? "inbox.unclaim" : "inbox.claim"));
    button.setId((mine ? "unclaim-" : "claim-") + task.taskId());
    button.addThemeVariants(
        ButtonVariant.LUMO_SMALL, mine ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_PRIMARY);
    button.setVisible(mine || task.assignee() == null);
    button.addClickListener(
        e -> {
          try {
            if (mine) {
              inbox.unclaim(user, task.taskId());
            } else {
              inbox.claim(user, task.taskId());
            }
            refresh();
          } catch (ConflictException | cn.linggong.shared.NotFoundException conflict) {
            String text =
                conflict instanceof RuleViolationException r
                    ? getTranslation(r.messageKey(), r.arguments())
                    : getTranslation("inbox.task.gone");
            Notification.show(text, 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_WARNING);
            refresh();
          }
        });
    return button;
  }

  private String format(Instant instant) {
    return instant == null ? "" : TIME.format(instant.atZone(clock.getZone()));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.inbox");
  }
}
