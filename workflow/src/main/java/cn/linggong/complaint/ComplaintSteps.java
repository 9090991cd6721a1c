package cn.linggong.complaint;

import static cn.linggong.complaint.ComplaintProcess.*;

import cn.linggong.casefile.DeferredLetters;
import cn.linggong.inbox.CompletionHandler;
import cn.linggong.shared.validation.InvalidInputException;
import cn.linggong.sla.TimeLimits;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Writes each complaint step when its task completes, in the completion's transaction: the
 * acceptance decision and its notices, the agreement with its schedule and PDF, payments, the
 * referral and its letter, the inspection's result and the extension decision.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ComplaintSteps implements CompletionHandler {

  static final String REFUSAL = "REFUSAL_NOTICE";
  static final String SUPPLEMENT = "SUPPLEMENT_NOTICE";
  static final String AGREEMENT = "MEDIATION_AGREEMENT";
  static final String REFERRAL = "REFERRAL_LETTER";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ComplaintRecords complaints;
  private final ComplaintLetters letters;
  private final DeferredLetters deferred;
  private final ComplaintLetterJobs letterJobs;
  private final TimeLimits timeLimits;
  private final ComplaintProperties properties;
  private final Clock clock;

  @Override
  public boolean handles(String formId, String taskDefinitionKey) {
    return formId != null && formId.startsWith("complaint-");
  }

  @Override
  public void complete(Completion c) {
    ComplaintRow row = complaints.byNo(c.businessKey());
    switch (c.taskDefinitionKey()) {
      case USER_TASK_ACCEPT -> accept(c, row);
      case USER_TASK_MEDIATE -> mediate(c, row);
      case USER_TASK_CONFIRM_PAYMENT -> payment(c, row);
      case USER_TASK_REFER -> refer(c, row);
      case USER_TASK_INVESTIGATE -> investigate(c, row);
      case USER_TASK_APPROVE_EXTENSION -> extension(c, row);
      default -> throw new IllegalStateException("No complaint step for " + c.taskDefinitionKey());
    }
  }

  private String text(Completion c, String target) {
    Object value = c.targets().get(target);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  private void accept(Completion c, ComplaintRow row) {
    String decision = (String) c.variables().get(VAR_DECISION);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    String reason = text(c, "acceptance.reason");
    String items = text(c, "acceptance.missingItems");
    if ("REFUSE".equals(decision) && reason == null) {
      errors.add("refusalReason", "complaint.acceptance.reasonRequired");
    }
    if ("SUPPLEMENT".equals(decision)) {
      if (items == null) {
        errors.add("missingItems", "complaint.acceptance.itemsRequired");
      } else if (complaints.events(row).stream()
          .anyMatch(e -> e.kind().equals("SUPPLEMENT_REQUESTED"))) {
        errors.add("acceptanceDecision", "complaint.acceptance.supplementOnce");
      }
    }
    errors.throwIfAny();
    Map<String, Object> details = new LinkedHashMap<>();
    put(details, "note", text(c, "acceptance.note"));
    switch (decision) {
      case "ACCEPT" -> {
        complaints.accepted(row.id);
        complaints.event(row, "ACCEPTED", null, details, null, c.taskId(), c.user().userId());
      }
      case "REFUSE" -> {
        var doc =
            letter(
                c,
                row,
                REFUSAL,
                row.complaintNo + "-不予受理告知书.pdf",
                ComplaintLetterJobs.REFUSAL,
                ComplaintLetterJobs.params(
                    row, "reason", reason, "note", text(c, "acceptance.note")));
        details.put("reason", reason);
        complaints.event(
            row, "NOT_ACCEPTED", reason, details, doc.id(), c.taskId(), c.user().userId());
      }
      default -> {
        LocalDate by =
            timeLimits
                .due("complaint.supplement", clock.instant())
                .atZone(clock.getZone())
                .toLocalDate();
        var doc =
            letter(
                c,
                row,
                SUPPLEMENT,
                row.complaintNo + "-补正材料一次性告知书.pdf",
                ComplaintLetterJobs.SUPPLEMENT,
                ComplaintLetterJobs.params(row, "items", items, "by", by.toString()));
        details.put("missingItems", items);
        details.put("by", by.toString());
        complaints.stage(row.id, Complaint.Stage.SUPPLEMENT);
        complaints.event(
            row, "SUPPLEMENT_REQUESTED", null, details, doc.id(), c.taskId(), c.user().userId());
      }
    }
  }

  private void mediate(Completion c, ComplaintRow row) {
    String outcome = (String) c.variables().get(VAR_MEDIATION_OUTCOME);
    Map<String, Object> details = new LinkedHashMap<>();
    put(details, "note", text(c, "mediation.note"));
    if (!"AGREEMENT".equals(outcome)) {
      complaints.stage(row.id, Complaint.Stage.REFERRAL);
      complaints.event(row, "MEDIATION_FAILED", null, details, null, c.taskId(), c.user().userId());
      return;
    }
    List<Complainant> people = complaints.complainants(row.id);
    Agreement agreement = parseAgreement(text(c, "mediation.agreement"), people);
    complaints.agreement(row.id, agreement.amounts(), agreement.schedule());
    // made by a job after the step, with the amounts and schedule as now kept
    var doc =
        letter(
            c,
            row,
            AGREEMENT,
            row.complaintNo + "-调解协议书.pdf",
            ComplaintLetterJobs.AGREEMENT,
            ComplaintLetterJobs.params(row));
    details.put(
        "amountAgreed",
        agreement.amounts().values().stream()
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .toPlainString());
    details.put("instalments", agreement.schedule().size());
    complaints.event(
        row, "MEDIATION_AGREEMENT", null, details, doc.id(), c.taskId(), c.user().userId());
  }

  /** Asks for one of the complaint's letters, made by a job once the step is done. */
  private cn.linggong.casefile.CaseDocument letter(
      Completion c,
      ComplaintRow row,
      String kind,
      String fileName,
      String letter,
      Map<String, Object> params) {
    return deferred.request(
        row.ref(),
        kind,
        fileName,
        letterJobs,
        letter,
        params,
        c.user().userId(),
        c.processInstanceId());
  }

  /** The agreement as parsed and checked. */
  record Agreement(Map<Long, BigDecimal> amounts, List<Instalment> schedule) {}

  /**
   * {@code
   * {"amounts":{"<workerId>":"1200.00"},"instalments":[{"due":"2026-04-01","amount":"600"}]}}: an
   * amount for every complainant (more than 0, at most twice what was claimed: wages plus the
   * statutory extra of up to 100 %), one to the configured number of instalments on rising dates
   * from today, adding up to the agreed total.
   */
  Agreement parseAgreement(String json, List<Complainant> people) {
    if (json == null) {
      throw InvalidInputException.of("agreement", "complaint.agreement.required");
    }
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw InvalidInputException.of("agreement", "complaint.agreement.unreadable");
    }
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    Map<Long, BigDecimal> amounts = new LinkedHashMap<>();
    JsonNode given = root.path("amounts");
    for (Complainant p : people) {
      JsonNode value = given.path(String.valueOf(p.workerId()));
      BigDecimal amount = decimal(value);
      if (amount == null) {
        errors.add("agreement", "complaint.agreement.amountMissing", p.name());
      } else if (amount.signum() <= 0 || amount.scale() > 2) {
        errors.add("agreement", "complaint.agreement.amountInvalid", p.name());
      } else if (amount.compareTo(p.amountOwed().multiply(BigDecimal.valueOf(2))) > 0) {
        errors.add("agreement", "complaint.agreement.amountTooHigh", p.name());
      } else {
        amounts.put(p.workerId(), amount.setScale(2));
      }
    }
    List<Instalment> schedule = new ArrayList<>();
    JsonNode plan = root.path("instalments");
    if (!plan.isArray() || plan.isEmpty()) {
      errors.add("agreement", "complaint.agreement.scheduleMissing");
    } else if (plan.size() > properties.maxInstalments()) {
      errors.add(
          "agreement", "complaint.agreement.tooManyInstalments", properties.maxInstalments());
    } else {
      LocalDate today = LocalDate.now(clock);
      LocalDate previous = null;
      Iterator<JsonNode> it = plan.elements();
      int seq = 0;
      while (it.hasNext()) {
        JsonNode i = it.next();
        seq++;
        LocalDate due;
        try {
          due = LocalDate.parse(i.path("due").asText());
        } catch (DateTimeParseException e) {
          errors.add("agreement", "complaint.agreement.dueInvalid", seq);
          continue;
        }
        BigDecimal amount = decimal(i.path("amount"));
        if (due.isBefore(today)) {
          errors.add("agreement", "complaint.agreement.duePast", seq);
        } else if (previous != null && !due.isAfter(previous)) {
          errors.add("agreement", "complaint.agreement.dueOrder", seq);
        }
        if (amount == null || amount.signum() <= 0 || amount.scale() > 2) {
          errors.add("agreement", "complaint.agreement.instalmentInvalid", seq);
        } else {
          schedule.add(
              new Instalment(null, seq, due, amount.setScale(2), "PENDING", null, null, null));
        }
        previous = due;
      }
    }
    if (errors.isEmpty()) {
      BigDecimal total = amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal planned =
          schedule.stream().map(Instalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (total.compareTo(planned) != 0) {
        errors.add(
            "agreement",
            "complaint.agreement.sumMismatch",
            planned.toPlainString(),
            total.toPlainString());
      }
    }
    errors.throwIfAny();
    return new Agreement(amounts, schedule);
  }

  private static final int AMOUNT_TEXT_MAX = 20;
  private static final java.util.regex.Pattern PLAIN_DECIMAL =
      java.util.regex.Pattern.compile("-?\\d{1,15}(\\.\\d{1,4})?");

  private static BigDecimal decimal(JsonNode node) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return null;
    }
    String text = node.asText().trim();
    // plain decimals only: "1e999999999" would make a number of a billion digits at setScale
    if (text.length() > AMOUNT_TEXT_MAX || !PLAIN_DECIMAL.matcher(text).matches()) {
      return null;
    }
    return new BigDecimal(text);
  }

  private void payment(Completion c, ComplaintRow row) {
    String paid = (String) c.variables().get(VAR_PAYMENT);
    Instalment next =
        complaints.instalments(row.id).stream()
            .filter(i -> "PENDING".equals(i.status()))
            .findFirst()
            .orElseThrow(
                () -> new IllegalStateException("No pending instalment in " + row.complaintNo));
    BigDecimal amount = (BigDecimal) c.targets().get("payment.amount");
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    if ("PAID".equals(paid) && amount != null && amount.compareTo(next.amount()) != 0) {
      errors.add("amountPaid", "complaint.payment.partialIsMissed", next.amount().toPlainString());
    }
    if ("MISSED".equals(paid) && amount != null && amount.compareTo(next.amount()) >= 0) {
      errors.add("amountPaid", "complaint.payment.missedButFull");
    }
    errors.throwIfAny();
    BigDecimal received =
        "PAID".equals(paid) ? next.amount() : amount == null ? BigDecimal.ZERO : amount;
    complaints.confirmInstalment(next, paid, received.setScale(2), c.user().userId());
    BigDecimal paidInAll =
        complaints.instalments(row.id).stream()
            .map(i -> i.amountPaid() == null ? BigDecimal.ZERO : i.amountPaid())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    complaints.recoveredInProportion(row.id, paidInAll);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("instalment", next.seq());
    details.put("amount", received.setScale(2).toPlainString());
    put(details, "note", text(c, "payment.note"));
    if ("MISSED".equals(paid)) {
      complaints.stage(row.id, Complaint.Stage.REFERRAL);
    }
    complaints.event(row, "PAYMENT_" + paid, null, details, null, c.taskId(), c.user().userId());
  }

  private void refer(Completion c, ComplaintRow row) {
    String kind = (String) c.variables().get(VAR_REFERRAL_KIND);
    String body = text(c, "referral.body");
    LocalDate on = (LocalDate) c.targets().get("referral.date");
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    if (on != null && on.isAfter(LocalDate.now(clock))) {
      errors.add("referredOn", "assistance.dates.future");
    }
    errors.throwIfAny();
    var doc =
        letter(
            c,
            row,
            REFERRAL,
            row.complaintNo + "-转办-" + letters.referralName(kind) + ".pdf",
            ComplaintLetterJobs.REFERRAL,
            ComplaintLetterJobs.params(row, "kind", kind, "body", body, "on", on.toString()));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("body", body);
    details.put("date", on.toString());
    put(details, "note", text(c, "referral.note"));
    if ("INSPECTION".equals(kind)) {
      complaints.startInspection(row.id);
    }
    complaints.event(row, "REFERRED", kind, details, doc.id(), c.taskId(), c.user().userId());
  }

  private void investigate(Completion c, ComplaintRow row) {
    String result = (String) c.variables().get(VAR_INVESTIGATION_RESULT);
    String json = text(c, "investigation.recovered");
    List<Complainant> people = complaints.complainants(row.id);
    Map<Long, BigDecimal> recovered = new LinkedHashMap<>();
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    if (json != null) {
      try {
        JsonNode root = JSON.readTree(json);
        for (Complainant p : people) {
          BigDecimal amount = decimal(root.path(String.valueOf(p.workerId())));
          if (amount == null) {
            continue;
          }
          if (amount.signum() < 0 || amount.scale() > 2) {
            errors.add("recovered", "complaint.agreement.amountInvalid", p.name());
          } else if (amount.compareTo(p.amountOwed().multiply(BigDecimal.valueOf(2))) > 0) {
            errors.add("recovered", "complaint.agreement.amountTooHigh", p.name());
          } else {
            recovered.put(p.workerId(), amount.setScale(2));
          }
        }
      } catch (java.io.IOException e) {
        errors.add("recovered", "complaint.agreement.unreadable");
      }
    }
    errors.throwIfAny();
    if (!recovered.isEmpty()) {
      complaints.recovered(row.id, recovered);
    }
    Map<String, Object> details = new LinkedHashMap<>();
    put(details, "note", text(c, "investigation.note"));
    complaints.event(
        row, "INSPECTION_RESULT", result, details, null, c.taskId(), c.user().userId());
  }

  private void extension(Completion c, ComplaintRow row) {
    String decision = (String) c.variables().get(VAR_EXTENSION);
    Map<String, Object> details = new LinkedHashMap<>();
    put(details, "opinion", text(c, "extension.opinion"));
    if ("APPROVED".equals(decision)) {
      details.put("until", complaints.extendInspection(row).toString());
    } else if (details.get("opinion") == null) {
      throw InvalidInputException.of("opinion", "assistance.approval.opinionRequired");
    }
    complaints.event(
        row, "EXTENSION_" + decision, null, details, null, c.taskId(), c.user().userId());
  }

  private static void put(Map<String, Object> details, String key, String value) {
    if (value != null) {
      details.put(key, value);
    }
  }
}
