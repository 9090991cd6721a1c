package cn.linggong.complaint;

import cn.linggong.casefile.LetterRenderer;
import cn.linggong.identity.DirectoryService;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Makes the complaint's letters after their step (casefile.DeferredLetters): the refusal notice,
 * the one-time notice of missing material, the mediation agreement and the referral letters, from
 * the complaint as it is kept and what the step gave.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ComplaintLetterJobs implements LetterRenderer {

  static final String NAME = "complaint";
  static final String REFUSAL = "refusal";
  static final String SUPPLEMENT = "supplement";
  static final String AGREEMENT = "agreement";
  static final String REFERRAL = "referral";

  private final ComplaintRecords complaints;
  private final ComplaintLetters letters;
  private final DirectoryService directory;

  @Override
  public String name() {
    return NAME;
  }

  /** The complaint's number and the step's own values, in pairs (name, value; nulls left out). */
  static Map<String, Object> params(ComplaintRow row, Object... pairs) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("complaintNo", row.complaintNo);
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      if (pairs[i + 1] != null) {
        params.put((String) pairs[i], pairs[i + 1]);
      }
    }
    return params;
  }

  @Override
  public byte[] render(
      String letter, Map<String, Object> params, String requestedBy, Instant requestedAt) {
    ComplaintRow row = complaints.byNo((String) params.get("complaintNo"));
    List<Complainant> people = complaints.complainants(row.id);
    return switch (letter) {
      case REFUSAL ->
          letters.refusal(row, people, text(params, "reason"), text(params, "note"), requestedAt);
      case SUPPLEMENT ->
          letters.supplement(
              row, people, text(params, "items"), LocalDate.parse(text(params, "by")), requestedAt);
      case AGREEMENT -> {
        Map<Long, BigDecimal> agreed = new LinkedHashMap<>();
        for (Complainant p : people) {
          agreed.put(p.workerId(), p.amountAgreed());
        }
        String mediator =
            directory
                .findUser(requestedBy)
                .map(DirectoryService.UserSummary::name)
                .orElse(requestedBy);
        yield letters.agreement(
            directory.principal(requestedBy),
            row,
            people,
            agreed,
            complaints.instalments(row.id),
            mediator,
            requestedAt);
      }
      case REFERRAL ->
          letters.referral(
              row,
              people,
              text(params, "kind"),
              text(params, "body"),
              LocalDate.parse(text(params, "on")),
              requestedAt);
      default -> throw new IllegalArgumentException("No complaint letter " + letter);
    };
  }

  private static String text(Map<String, Object> params, String name) {
    Object value = params.get(name);
    return value == null ? null : value.toString();
  }
}
