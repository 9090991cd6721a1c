package cn.linggong.complaint;

import cn.linggong.casework.CaseContext;
import cn.linggong.casework.CaseDocumentsList;
import cn.linggong.casework.CaseHeader;
import cn.linggong.casework.CaseScreen;
import cn.linggong.casework.CaseTimelineGrid;
import cn.linggong.casework.OpenSteps;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * One complaint: parties (IDs masked), amounts owed, agreed and recovered, the statutory clocks,
 * the payment schedule, evidence (upload checked by type and size), letters, contacts and sessions,
 * every event; supplied material, an extension request and withdrawal. Drawn from the case-screen
 * kit.
 */
@Route("complaints/:no")
@RolesAllowed({Roles.MEDIATOR, Roles.SUPERVISOR})
public class ComplaintScreenView extends CaseScreen {

  private final transient ComplaintReading complaints;
  private final transient CaseContext context;
  private final transient LinggongUser user;
  private final ComplaintActionBar actionBar;
  private final transient ComplaintActions actions;

  public ComplaintScreenView(
      ComplaintReading complaints,
      ComplaintIntake intake,
      ComplaintEvidence evidence,
      ComplaintActions actions,
      CaseContext context,
      cn.linggong.sla.TimeLimits timeLimits) {
    super("complaint-view", "no", "complaint.notFoundTitle");
    this.complaints = complaints;
    this.context = context;
    this.user = context.user();
    this.actions = actions;
    this.actionBar =
        new ComplaintActionBar(
            intake, evidence, actions, timeLimits, user, context.clock(), this, this::show);
  }

  @Override
  protected String render(String no) {
    ComplaintView view = complaints.view(user, no);
    Complaint c = view.complaint();
    String title = c.complaintNo() + " · " + c.employerName();
    CaseHeader header =
        new CaseHeader(title)
            .badge("complaint-stage", getTranslation("complaint.stage." + c.stage()), null)
            .badgeIf(
                c.priority() != null,
                null,
                () -> getTranslation("complaint.priority." + c.priority()),
                "HIGH".equals(c.priority()) ? "error" : "contrast")
            .badgeIf(
                c.outcome() != null,
                "complaint-outcome",
                () -> getTranslation("complaint.outcome." + c.outcome()),
                "success");
    view.clocks().forEach(k -> header.with(ComplaintTexts.badge(this, k, context.zone())));
    add(header);
    add(
        new cn.linggong.casework.CaseOwnerLine(
            context,
            c.owner(),
            c.state() == Complaint.State.OPEN,
            () -> actions.ownerCandidates(user, c.complaintNo()),
            (owner, reason) -> actions.changeOwner(user, c.complaintNo(), owner, reason),
            () -> show(c.complaintNo())));

    Div amounts =
        new Div(
            getTranslation(
                "complaint.amounts",
                ComplaintTexts.yuan(c.amountOwed()),
                ComplaintTexts.yuan(c.amountAgreed()),
                ComplaintTexts.yuan(c.amountRecovered())));
    amounts.setId("complaint-amounts");
    Div facts =
        new Div(
            getTranslation(
                "complaint.factsLine",
                c.project(),
                c.workStart().toString(),
                c.workEnd().toString(),
                getTranslation("complaint.payAgreement." + c.payAgreement()),
                getTranslation("complaint.channel." + c.channel())));
    add(
        amounts,
        facts,
        new Paragraph(
            getTranslation("complaint.request")
                + cn.linggong.shared.ui.Punctuation.colon(this)
                + c.request()));

    Grid<Complainant> parties = new Grid<>();
    parties.setId("complaint-complainants");
    parties
        .addColumn(Complainant::name)
        .setHeader(getTranslation("worker.name"))
        .setAutoWidth(true);
    parties
        .addColumn(Complainant::idNumberMasked)
        .setHeader(getTranslation("worker.idNumber"))
        .setAutoWidth(true);
    parties
        .addColumn(Complainant::mobileMasked)
        .setHeader(getTranslation("worker.mobile"))
        .setAutoWidth(true);
    parties
        .addColumn(p -> ComplaintTexts.yuan(p.amountOwed()))
        .setHeader(getTranslation("complaint.owed"));
    parties
        .addColumn(p -> ComplaintTexts.yuan(p.amountAgreed()))
        .setHeader(getTranslation("complaint.agreed"));
    parties
        .addColumn(p -> ComplaintTexts.yuan(p.amountRecovered()))
        .setHeader(getTranslation("complaint.recovered"));
    parties.setItems(view.complainants());
    parties.setAllRowsVisible(true);
    add(new H3(getTranslation("complaint.complainants")), parties);

    if (!view.instalments().isEmpty()) {
      Grid<Instalment> plan = new Grid<>();
      plan.setId("complaint-instalments");
      plan.addColumn(Instalment::seq).setHeader("#").setAutoWidth(true);
      plan.addColumn(i -> i.dueDate().toString()).setHeader(getTranslation("complaint.dueDate"));
      plan.addColumn(i -> ComplaintTexts.yuan(i.amount()))
          .setHeader(getTranslation("complaint.amount"));
      plan.addColumn(i -> getTranslation("complaint.instalment." + i.status()))
          .setHeader(getTranslation("complaint.instalmentStatus"));
      plan.addColumn(i -> ComplaintTexts.yuan(i.amountPaid()))
          .setHeader(getTranslation("complaint.paid"));
      plan.setItems(view.instalments());
      plan.setAllRowsVisible(true);
      add(new H3(getTranslation("complaint.schedule")), plan);
    }

    OpenSteps now =
        new OpenSteps(view.openTasks(), context.clock())
            .waiting(
                context.waits(c.processInstanceId()),
                context.zone(),
                w ->
                    ComplaintProcess.TIMER_INSTALMENT_DUE.equals(w.activityId())
                        ? view.instalments().stream()
                            .filter(i -> "PENDING".equals(i.status()))
                            .findFirst()
                            .map(
                                i ->
                                    java.util.List.<Object>of(
                                        i.seq(),
                                        i.dueDate().toString(),
                                        ComplaintTexts.yuan(i.amount())))
                        : java.util.Optional.empty());
    boolean acting = c.state() == Complaint.State.OPEN && ComplaintPolicy.FILE.allows(user);
    if (acting) {
      now.actions(actionBar.actions(c));
    }
    CaseDocumentsList docs =
        new CaseDocumentsList(
            "complaint-documents",
            "complaint",
            view.documents(),
            id -> complaints.document(user, c.complaintNo(), id),
            context.zone());
    docs.section(
        getTranslation("complaint.evidence"),
        view.evidence().stream().map(e -> actionBar.evidenceLink(c.complaintNo(), e)).toList());
    if (acting) {
      docs.add(actionBar.upload(c.complaintNo()));
    }
    add(columns(now, docs));
    add(
        new CaseTimelineGrid<>(
            "complaint-timeline",
            view.timeline(),
            ComplaintTexts.timeline(this, context.names()),
            context.zone()));
    return title;
  }
}
