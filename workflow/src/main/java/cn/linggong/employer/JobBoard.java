package cn.linggong.employer;

import cn.linggong.audit.AuditService;
import cn.linggong.identity.Districts;
import cn.linggong.identity.LinggongUser;
import cn.linggong.privacy.PersonalData;
import cn.linggong.shared.NotFoundException;
import cn.linggong.shared.RuleViolationException;
import cn.linggong.shared.validation.InvalidInputException;
import cn.linggong.shared.validation.MobileNumbers;
import cn.linggong.shared.validation.MoneyAmounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 岗位: postings of employers with the fields of seed 001, their status (open, filled, closed), hires
 * against the headcount, and the ranking of referable postings for a worker.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class JobBoard {

  private static final int TITLE_MAX = 100;
  private static final int PLACE_MAX = 300;
  private static final int HOURS_MAX = 100;
  private static final int CONTACT_MAX = 64;
  private static final int PAGE_MAX = 200;
  private static final int CANDIDATES_MAX = 500;

  private final JobMapper mapper;
  private final EmployerRegistry employers;
  private final JobCategories categories;
  private final PersonalData personalData;
  private final MobileNumbers mobiles;
  private final MoneyAmounts money;
  private final Districts districts;
  private final AuditService audit;
  private final cn.linggong.privacy.FullViews fullViews;
  private final MatchingProperties matching;
  private final Clock clock;

  /** What a caseworker types for a posting. The district is the place of work. */
  public record Draft(
      Long employerId,
      String title,
      String categoryCode,
      SkillLevel skillLevel,
      Integer headcount,
      String districtId,
      String workPlace,
      LocalDate periodStart,
      LocalDate periodEnd,
      String workHours,
      BigDecimal payAmount,
      PayUnit payUnit,
      Settlement settlement,
      LocalDate hiringDate,
      String contactName,
      String contactPhone) {}

  @Transactional
  public JobPosting post(LinggongUser user, Draft d) {
    EmployerPolicy.POST_JOB.check(user);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    Employer employer = null;
    if (d.employerId() == null) {
      errors.add("employerId", "validation.required");
    } else {
      try {
        employer = employers.find(user, d.employerId());
      } catch (NotFoundException e) {
        errors.add("employerId", "employer.notFound", d.employerId());
      }
    }
    text(errors, "title", d.title(), TITLE_MAX);
    if (d.categoryCode() == null || d.categoryCode().isBlank()) {
      errors.add("categoryCode", "validation.required");
    } else if (!categories.isActive(d.categoryCode().trim())) {
      errors.add("categoryCode", "employer.category.unknown", d.categoryCode());
    }
    if (d.headcount() == null) {
      errors.add("headcount", "validation.required");
    } else if (d.headcount() < 1 || d.headcount() > 10000) {
      errors.add("headcount", "employer.job.headcount", 1, 10000);
    }
    String district =
        districts.districtFor(
            user,
            d.districtId(),
            employer == null ? null : employer.districtId(),
            "districtId",
            errors);
    text(errors, "workPlace", d.workPlace(), PLACE_MAX);
    text(errors, "workHours", d.workHours(), HOURS_MAX);
    if (d.periodStart() == null) {
      errors.add("periodStart", "validation.required");
    }
    if (d.periodStart() != null
        && d.periodEnd() != null
        && d.periodEnd().isBefore(d.periodStart())) {
      errors.add("periodEnd", "employer.job.periodOrder");
    }
    if (d.payAmount() == null) {
      errors.add("payAmount", "validation.required");
    } else {
      errors.add("payAmount", money.check(d.payAmount()).violation());
      if (!errors.has("payAmount") && d.payAmount().signum() == 0) {
        errors.add("payAmount", "employer.job.payZero");
      }
    }
    if (d.payUnit() == null) {
      errors.add("payUnit", "validation.required");
    }
    if (d.settlement() == null) {
      errors.add("settlement", "validation.required");
    }
    if (d.hiringDate() == null) {
      errors.add("hiringDate", "validation.required");
    }
    text(errors, "contactName", d.contactName(), CONTACT_MAX);
    errors.requireText("contactPhone", d.contactPhone());
    if (!errors.has("contactPhone")) {
      errors.add("contactPhone", mobiles.check(d.contactPhone()));
    }
    errors.throwIfAny();

    String phone = MobileNumbers.normalize(d.contactPhone());
    JobRow row = new JobRow();
    row.employerId = d.employerId();
    row.title = d.title().trim();
    row.categoryCode = d.categoryCode().trim();
    row.skillLevel = (d.skillLevel() == null ? SkillLevel.NONE : d.skillLevel()).name();
    row.headcount = d.headcount();
    row.districtId = district;
    row.workPlace = d.workPlace().trim();
    row.periodStart = d.periodStart();
    row.periodEnd = d.periodEnd();
    row.workHours = d.workHours().trim();
    row.payAmount = d.payAmount().setScale(2, RoundingMode.UNNECESSARY);
    row.payUnit = d.payUnit().name();
    row.settlement = d.settlement().name();
    row.hiringDate = d.hiringDate();
    row.contactName = d.contactName().trim();
    row.contactPhoneEnc = personalData.encrypt(phone);
    row.contactPhoneMasked = MobileNumbers.mask(phone);
    row.postedAt = clock.instant();
    row.postedBy = user.userId();
    mapper.insert(row);
    audit.record(user.userId(), "JOB_POSTED", "job", String.valueOf(row.id), district, null);
    return mapper.findById(row.id).view();
  }

  @Transactional(readOnly = true)
  public JobPosting find(LinggongUser user, long id) {
    EmployerPolicy.VIEW_JOBS.check(user);
    return visible(user, id).view();
  }

  /** Any posting by id, for other features' records (no district check). */
  @Transactional(readOnly = true)
  public java.util.Optional<JobPosting> byId(long id) {
    return java.util.Optional.ofNullable(mapper.findById(id)).map(JobRow::view);
  }

  @Transactional(readOnly = true)
  public List<JobPosting> search(
      LinggongUser user,
      JobStatus status,
      String categoryCode,
      Long employerId,
      String districtId,
      int offset,
      int limit) {
    EmployerPolicy.VIEW_JOBS.check(user);
    String district = user.cityLevel() ? blankToNull(districtId) : user.districtId();
    return mapper
        .search(
            district,
            status == null ? null : status.name(),
            blankToNull(categoryCode),
            employerId,
            Math.max(0, offset),
            Math.min(Math.max(1, limit), PAGE_MAX))
        .stream()
        .map(JobRow::view)
        .toList();
  }

  /** Staff close a posting or reopen one that still has places. */
  @Transactional
  public JobPosting changeStatus(LinggongUser user, long id, JobStatus status) {
    EmployerPolicy.POST_JOB.check(user);
    JobRow row = visible(user, id);
    if (status == null) {
      throw InvalidInputException.of("status", "validation.required");
    }
    if (status == JobStatus.OPEN && row.hired >= row.headcount) {
      throw new RuleViolationException("employer.job.noPlacesLeft");
    }
    mapper.updateStatus(id, status.name());
    audit.record(
        user.userId(),
        "JOB_STATUS_" + status.name(),
        "job",
        String.valueOf(id),
        row.districtId,
        null);
    return mapper.findById(id).view();
  }

  /**
   * Why a posting cannot be referred now, as a field violation of {@code field}; nothing if it can.
   */
  @Transactional(readOnly = true)
  public java.util.Optional<cn.linggong.shared.validation.Violation> referralProblem(long id) {
    JobRow row = mapper.findById(id);
    if (row == null) {
      return java.util.Optional.of(
          cn.linggong.shared.validation.Violation.of("employer.job.notFound", id));
    }
    if (!row.employerVerified) {
      return java.util.Optional.of(
          cn.linggong.shared.validation.Violation.of("employer.job.unverified", row.employerName));
    }
    if (!JobStatus.OPEN.name().equals(row.status) || row.hired >= row.headcount) {
      return java.util.Optional.of(
          cn.linggong.shared.validation.Violation.of("employer.job.notOpen", row.title));
    }
    return java.util.Optional.empty();
  }

  /** A worker referred to the posting was hired: one place less; full → FILLED. */
  @Transactional
  public JobPosting recordHire(long id) {
    JobRow row = mapper.lock(id);
    if (row == null) {
      throw new NotFoundException("employer.job.notFound", id);
    }
    int hired = row.hired + 1;
    String status = hired >= row.headcount ? JobStatus.FILLED.name() : row.status;
    mapper.updateHired(id, hired, status);
    return mapper.findById(id).view();
  }

  /** What the worker wants and can do, for ranking. */
  public record MatchRequest(
      List<String> categoryCodes,
      List<String> districtIds,
      BigDecimal desiredDailyPay,
      SkillLevel skillLevel,
      java.util.Set<Long> excludeJobIds) {}

  /**
   * Referable postings (open, verified employer, places left) ranked for the worker, best first;
   * postings already referred to this worker are left out.
   */
  @Transactional(readOnly = true)
  public List<JobMatch> match(MatchRequest request, int limit) {
    List<JobMatch> ranked = new ArrayList<>();
    for (JobRow row : mapper.referable(null, CANDIDATES_MAX)) {
      if (request.excludeJobIds() != null && request.excludeJobIds().contains(row.id)) {
        continue;
      }
      ranked.add(score(row.view(), request));
    }
    ranked.sort(
        Comparator.comparingInt(JobMatch::score)
            .reversed()
            .thenComparing(m -> m.job().postedAt(), Comparator.reverseOrder()));
    return ranked.subList(0, Math.min(ranked.size(), Math.max(1, limit)));
  }

  JobMatch score(JobPosting job, MatchRequest request) {
    int score = 0;
    List<JobMatch.Reason> reasons = new ArrayList<>();
    if (request.categoryCodes() != null && request.categoryCodes().contains(job.categoryCode())) {
      score += matching.categoryPoints();
      reasons.add(JobMatch.Reason.CATEGORY);
    }
    if (request.districtIds() != null && request.districtIds().contains(job.districtId())) {
      score += matching.districtPoints();
      reasons.add(JobMatch.Reason.DISTRICT);
    }
    BigDecimal daily = dailyPay(job);
    if (daily != null
        && request.desiredDailyPay() != null
        && daily.compareTo(request.desiredDailyPay()) >= 0) {
      score += matching.payPoints();
      reasons.add(JobMatch.Reason.PAY);
    }
    SkillLevel held = request.skillLevel() == null ? SkillLevel.NONE : request.skillLevel();
    if (held.satisfies(job.skillLevel())) {
      score += matching.skillPoints();
      reasons.add(JobMatch.Reason.SKILL);
    }
    return new JobMatch(job, score, List.copyOf(reasons));
  }

  /** The posting's pay per working day, or null for piece work. */
  public BigDecimal dailyPay(JobPosting job) {
    return switch (job.payUnit()) {
      case DAY -> job.payAmount();
      case HOUR -> job.payAmount().multiply(matching.hoursPerDay());
      case MONTH -> job.payAmount().divide(matching.daysPerMonth(), 2, RoundingMode.HALF_UP);
      case PIECE -> null;
    };
  }

  /**
   * The posting's full contact phone to print in a letter of this person's step (the 推荐函 the worker
   * takes to the employer); the use is audited on the posting. Any district's: the step that makes
   * the letter has been allowed, and a referral may go to another district's posting, a complainant
   * be registered in another district.
   */
  @Transactional
  public String contactPhoneForLetter(LinggongUser user, long id, String letter) {
    EmployerPolicy.NUMBERS_IN_LETTER.check(user);
    JobRow row = mapper.findById(id);
    if (row == null) {
      throw new NotFoundException("employer.job.notFound", id);
    }
    fullViews.recordLetter(user.userId(), "job", String.valueOf(id), row.districtId, letter);
    return personalData.decrypt(row.contactPhoneEnc);
  }

  private JobRow visible(LinggongUser user, long id) {
    JobRow row = mapper.findById(id);
    if (row == null || (!user.cityLevel() && !user.districtId().equals(row.districtId))) {
      throw new NotFoundException("employer.job.notFound", id);
    }
    return row;
  }

  private static void text(
      InvalidInputException.Collector errors, String field, String value, int max) {
    errors.requireText(field, value);
    errors.maxLength(field, value, max);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
