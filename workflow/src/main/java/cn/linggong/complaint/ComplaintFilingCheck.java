package cn.linggong.complaint;

import cn.linggong.employer.Employer;
import cn.linggong.employer.EmployerRegistry;
import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.validation.InvalidInputException;
import cn.linggong.shared.validation.MobileNumbers;
import cn.linggong.shared.validation.MoneyAmounts;
import cn.linggong.shared.validation.ResidentIdNumbers;
import cn.linggong.worker.WorkerRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The rules a filing must keep before anything is written: complainants by real name with valid ID
 * and mobile numbers and a plausible amount owed each, none registered in a district the mediator
 * may not see; an employer of their district; the work period in the past; the request in words.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ComplaintFilingCheck {

  private static final int TEXT_MAX = 1000;
  private static final int PROJECT_MAX = 200;
  private static final int NOTE_MAX = 300;
  private static final int NAME_MAX = 64;

  private final WorkerRegistry workers;
  private final EmployerRegistry employers;
  private final ResidentIdNumbers idNumbers;
  private final MobileNumbers mobiles;
  private final MoneyAmounts money;
  private final ComplaintProperties properties;
  private final Clock clock;

  /**
   * Checks a filing field by field (all problems at once) and returns the registered employer it
   * names, or {@code null} when the employer it describes is new and is to be registered.
   */
  Employer check(LinggongUser user, ComplaintIntake.Filing f) {
    List<ComplaintIntake.ComplainantInput> people =
        f.complainants() == null ? List.of() : f.complainants();
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    if (f.channel() == null) {
      errors.add("channel", "validation.required");
    }
    if (people.isEmpty()) {
      errors.add("complainants", "complaint.complainants.none");
    } else if (people.size() > properties.maxWorkers()) {
      errors.add("complainants", "complaint.complainants.tooMany", properties.maxWorkers());
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < people.size(); i++) {
      ComplaintIntake.ComplainantInput p = people.get(i);
      String at = "complainants[" + i + "].";
      if (p == null) {
        errors.add(at + "name", "validation.required");
        continue;
      }
      errors.requireText(at + "name", p.name());
      errors.maxLength(at + "name", p.name(), NAME_MAX);
      if (p.idNumber() == null || p.idNumber().isBlank()) {
        errors.add(at + "idNumber", "validation.required");
      } else {
        ResidentIdNumbers.Result id = idNumbers.validate(p.idNumber());
        errors.add(at + "idNumber", id.violation());
        if (id.valid() && !seen.add(id.id().number())) {
          errors.add(at + "idNumber", "complaint.complainants.twice");
        } else if (id.valid() && workers.registeredOutside(user, id.id().number())) {
          // a person of a district the mediator may not see: not linked, nothing of them shown
          errors.add(at + "idNumber", "assistance.worker.registeredElsewhere");
        }
      }
      errors.requireText(at + "mobile", p.mobile());
      if (p.mobile() != null && !p.mobile().isBlank()) {
        errors.add(at + "mobile", mobiles.check(p.mobile()));
      }
      owed(errors, at + "amountOwed", p.amountOwed());
    }
    Employer employer = null;
    if (f.employerId() != null) {
      // only an employer the person may see: one of their district (city level: any)
      employer =
          employers
              .byId(f.employerId())
              .filter(e -> user.cityLevel() || user.districtId().equals(e.districtId()))
              .orElse(null);
      if (employer == null) {
        errors.add("employerId", "employer.notFound", f.employerId());
      }
    } else if (f.employer() == null) {
      errors.add("employer", "complaint.employer.required");
    } else {
      employer = employers.existing(f.employer()).orElse(null);
      if (employer != null
          && !user.cityLevel()
          && !user.districtId().equals(employer.districtId())) {
        errors.add(
            f.employer().kind() == Employer.Kind.INDIVIDUAL
                ? "employer.idNumber"
                : "employer.creditCode",
            "employer.registeredElsewhere");
        employer = null;
      } else if (employer == null) {
        InvalidInputException.Collector employerErrors = new InvalidInputException.Collector();
        employers.check(user, f.employer(), employerErrors);
        errors.addAll("employer.", employerErrors);
      }
    }
    text(errors, "project", f.project(), PROJECT_MAX);
    LocalDate today = LocalDate.now(clock);
    if (f.workStart() == null) {
      errors.add("workStart", "validation.required");
    }
    if (f.workEnd() == null) {
      errors.add("workEnd", "validation.required");
    } else if (f.workEnd().isAfter(today)) {
      errors.add("workEnd", "complaint.period.future");
    }
    if (f.workStart() != null && f.workEnd() != null && f.workEnd().isBefore(f.workStart())) {
      errors.add("workEnd", "complaint.period.order");
    }
    if (f.payAgreement() == null) {
      errors.add("payAgreement", "validation.required");
    }
    errors.maxLength("payAgreementNote", f.payAgreementNote(), NOTE_MAX);
    text(errors, "request", f.request(), TEXT_MAX);
    errors.throwIfAny();

    return employer;
  }

  void owed(InvalidInputException.Collector errors, String field, BigDecimal amount) {
    if (amount == null) {
      errors.add(field, "validation.required");
      return;
    }
    var problem = money.check(amount).violation();
    if (problem.isPresent()) {
      errors.add(field, problem);
      return;
    }
    if (amount.signum() == 0) {
      errors.add(field, "complaint.amount.zero");
    } else if (amount.compareTo(properties.maxOwedPerWorker()) > 0) {
      errors.add(field, "complaint.amount.absurd", properties.maxOwedPerWorker().toPlainString());
    }
  }

  static void text(InvalidInputException.Collector errors, String field, String value, int max) {
    errors.requireText(field, value);
    errors.maxLength(field, value, max);
  }
}
