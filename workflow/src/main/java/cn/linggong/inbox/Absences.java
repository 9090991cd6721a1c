package cn.linggong.inbox;

import cn.linggong.audit.AuditService;
import cn.linggong.identity.DirectoryService;
import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.NotFoundException;
import cn.linggong.shared.validation.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person away and who stands in. Setting an absence hands everything the person holds to the
 * substitute, one audited action per task (refusing those the substitute may not work); until the
 * end date the steps that would go to the person go to the substitute ({@link #substituteFor}, read
 * by the engine when a step is created); from the next day the person's own routing applies again.
 */
@Service
public class Absences {

  private static final int REASON_MAX = 200;

  private final AbsenceMapper mapper;
  private final WorkDistribution distribution;
  private final DirectoryService directory;
  private final AuditService audit;
  private final Clock clock;
  private final TransactionTemplate transaction;

  Absences(
      AbsenceMapper mapper,
      WorkDistribution distribution,
      DirectoryService directory,
      AuditService audit,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.mapper = mapper;
    this.distribution = distribution;
    this.directory = directory;
    this.audit = audit;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** The absence set and what became of the tasks the person held. */
  public record Set(Absence absence, BulkResult handedOn) {}

  /**
   * Sets {@code userId} away until {@code awayUntil} with {@code substituteId} standing in, both of
   * the supervisor's district (a city-level supervisor: of one district), and hands the person's
   * tasks on.
   */
  public Set away(
      LinggongUser supervisor,
      String userId,
      String substituteId,
      LocalDate awayUntil,
      String reason) {
    InboxPolicy.REASSIGN.check(supervisor);
    LocalDate today = LocalDate.now(clock);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    LinggongUser person = person(supervisor, userId, "userId", errors);
    LinggongUser substitute = person(supervisor, substituteId, "substituteId", errors);
    if (person != null && substitute != null) {
      if (person.userId().equals(substitute.userId())) {
        errors.add("substituteId", "inbox.absence.self");
      } else if (!java.util.Objects.equals(person.districtId(), substitute.districtId())) {
        errors.add("substituteId", "inbox.absence.otherDistrict");
      } else if (person.roles().stream().noneMatch(substitute::hasRole)) {
        errors.add("substituteId", "inbox.absence.noSharedRole");
      }
    }
    if (awayUntil == null) {
      errors.add("awayUntil", "validation.required");
    } else if (awayUntil.isBefore(today)) {
      errors.add("awayUntil", "inbox.absence.past");
    }
    if (reason != null) {
      errors.maxLength("reason", reason, REASON_MAX);
    }
    errors.throwIfAny();
    Absence absence =
        transaction.execute(s -> record(supervisor, person, substitute, awayUntil, reason));
    BulkResult handed =
        distribution.reassignAll(
            supervisor,
            distribution.heldBy(person.userId(), person.districtId()).stream()
                .map(InboxTask::taskId)
                .toList(),
            substitute.userId());
    return new Set(absence, handed);
  }

  private Absence record(
      LinggongUser supervisor,
      LinggongUser person,
      LinggongUser substitute,
      LocalDate awayUntil,
      String reason) {
    AbsenceMapper.NewAbsence row = new AbsenceMapper.NewAbsence();
    row.userId = person.userId();
    row.substituteId = substitute.userId();
    row.districtId = person.districtId();
    row.awayUntil = awayUntil;
    row.reason = reason == null || reason.isBlank() ? null : reason.trim();
    row.setBy = supervisor.userId();
    row.setAt = clock.instant();
    mapper.insert(row);
    audit.record(
        supervisor.userId(),
        "ABSENCE_SET",
        "user",
        person.userId(),
        person.districtId(),
        substitute.userId() + " until " + awayUntil);
    return mapper.find(row.id);
  }

  /** Who may stand in for a person: staff of the person's district sharing one of the roles. */
  @Transactional(readOnly = true)
  public List<String> substitutes(LinggongUser supervisor, String userId) {
    InboxPolicy.REASSIGN.check(supervisor);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    LinggongUser person = person(supervisor, userId, "userId", errors);
    errors.throwIfAny();
    java.util.TreeSet<String> people = new java.util.TreeSet<>();
    for (String role : person.roles()) {
      directory.usersWithRole(role, person.districtId()).stream()
          .filter(id -> person.districtId().equals(directory.principal(id).districtId()))
          .forEach(people::add);
    }
    people.remove(person.userId());
    return List.copyOf(people);
  }

  /** Ends an absence before its date: from now the person's steps go to the person again. */
  @Transactional
  public void end(LinggongUser supervisor, long absenceId) {
    InboxPolicy.REASSIGN.check(supervisor);
    Absence absence = mapper.find(absenceId);
    if (absence == null
        || (!supervisor.cityLevel() && !supervisor.districtId().equals(absence.districtId()))) {
      throw new NotFoundException("inbox.absence.notFound", absenceId);
    }
    if (mapper.end(absenceId, clock.instant()) > 0) {
      audit.record(
          supervisor.userId(),
          "ABSENCE_ENDED",
          "user",
          absence.userId(),
          absence.districtId(),
          String.valueOf(absenceId));
    }
  }

  /** Absences on today or later of the supervisor's district (city level: all). */
  @Transactional(readOnly = true)
  public List<Absence> current(LinggongUser supervisor) {
    InboxPolicy.REASSIGN.check(supervisor);
    return mapper.current(
        supervisor.cityLevel() ? null : supervisor.districtId(), LocalDate.now(clock));
  }

  /**
   * Who stands in for {@code userId} at that moment, if the person is away (read when a step is
   * created, in the engine's transaction).
   */
  @Transactional(readOnly = true)
  public Optional<String> substituteFor(String userId, Instant at) {
    return mapper.activeFor(userId, LocalDate.ofInstant(at, clock.getZone())).stream()
        .findFirst()
        .map(Absence::substituteId);
  }

  private LinggongUser person(
      LinggongUser supervisor,
      String userId,
      String field,
      InvalidInputException.Collector errors) {
    if (userId == null || userId.isBlank()) {
      errors.add(field, "validation.required");
      return null;
    }
    LinggongUser person;
    try {
      person = directory.principal(userId.trim());
    } catch (NotFoundException e) {
      errors.add(field, "inbox.absence.unknownUser", userId);
      return null;
    }
    if (person.cityLevel()
        || (!supervisor.cityLevel() && !supervisor.districtId().equals(person.districtId()))) {
      errors.add(field, "inbox.absence.otherDistrict");
      return null;
    }
    return person;
  }
}
