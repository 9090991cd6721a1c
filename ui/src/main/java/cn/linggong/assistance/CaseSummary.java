package cn.linggong.assistance;

import cn.linggong.employer.JobCategories;
import cn.linggong.worker.Worker;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The pieces of a case both the case screen and the task's side panel show. */
final class CaseSummary {

  private CaseSummary() {}

  /** 指导 1/1 · 推荐 2/3 · 培训 0/1 · 安置 —. */
  static Span progress(Component c, CaseView.Progress p) {
    Span line =
        new Span(
            c.getTranslation(
                "assistance.progress",
                p.guidance(),
                p.guidanceTotal(),
                p.referrals(),
                p.referralsTotal(),
                p.training(),
                p.trainingTotal(),
                c.getTranslation("assistance.placement." + p.placement())));
    line.setId("case-progress");
    line.getElement().getThemeList().add("badge contrast");
    return line;
  }

  /** The worker's card: numbers masked. */
  static Component workerCard(Component c, Worker w, JobCategories categories) {
    VerticalLayout card = new VerticalLayout();
    card.setId("worker-card");
    card.setPadding(true);
    card.setSpacing(false);
    card.getStyle()
        .set("border", "1px solid var(--lumo-contrast-20pct)")
        .set("border-radius", "var(--lumo-border-radius-m)")
        .set("max-width", "28rem");
    card.add(new Span(w.name() + " · " + c.getTranslation("assistance.sex." + w.sex())));
    card.add(line(c, "worker.idNumber", w.idNumberMasked()));
    card.add(line(c, "worker.birthYear", String.valueOf(w.birthYear())));
    card.add(line(c, "worker.mobile", w.mobileMasked()));
    card.add(
        line(
            c,
            "worker.skills",
            w.skills().stream()
                .map(
                    code ->
                        categories.label(
                            code, com.vaadin.flow.component.UI.getCurrent().getLocale()))
                .collect(Collectors.joining(cn.linggong.shared.ui.Punctuation.comma(c)))));
    card.add(
        line(c, "worker.skillLevel", c.getTranslation("employer.skillLevel." + w.skillLevel())));
    if (w.desiredDailyPay() != null) {
      card.add(line(c, "worker.desiredPay", w.desiredDailyPay().toPlainString()));
    }
    return card;
  }

  private static Div line(Component c, String labelKey, String value) {
    return new Div(
        c.getTranslation(labelKey)
            + cn.linggong.shared.ui.Punctuation.colon(c)
            + (value == null || value.isBlank() ? "—" : value));
  }

  /** A posting as a timeline names it: its title and employer. */
  static java.util.function.Function<Long, java.util.Optional<String>> postings(
      cn.linggong.employer.JobBoard jobs) {
    return id -> jobs.byId(id).map(j -> j.title() + " · " + j.employerName());
  }

  /**
   * A step's outcome and facts in the reader's language, naming the posting of a referral and of
   * its outcome ({@code posting}: title and employer of a posting id).
   */
  static String describe(
      Component c,
      AssistanceStep s,
      JobCategories categories,
      java.util.function.Function<Long, java.util.Optional<String>> posting) {
    List<String> parts = new ArrayList<>();
    if (s.jobId() != null
        && (s.kind() == AssistanceStep.Kind.REFERRAL
            || s.kind() == AssistanceStep.Kind.REFERRAL_OUTCOME)) {
      posting
          .apply(s.jobId())
          .ifPresent(
              p ->
                  parts.add(
                      c.getTranslation("assistance.detail.posting")
                          + cn.linggong.shared.ui.Punctuation.colon(c)
                          + p));
    }
    if (s.outcome() != null) {
      parts.add(translateOr(c, "assistance.outcome." + s.kind() + "." + s.outcome(), s.outcome()));
    }
    for (Map.Entry<String, Object> e : s.details().entrySet()) {
      String key = e.getKey();
      String value = String.valueOf(e.getValue());
      if (!hasText(c, "assistance.detail." + key) || value.isBlank()) {
        continue;
      }
      if ("categories".equals(key)) {
        value =
            JobCategories.split(value).stream()
                .map(
                    code ->
                        categories.label(
                            code, com.vaadin.flow.component.UI.getCurrent().getLocale()))
                .collect(Collectors.joining(cn.linggong.shared.ui.Punctuation.comma(c)));
      } else if ("reason".equals(key)) {
        value = translateOr(c, "assistance.reason." + value, value);
      }
      parts.add(
          c.getTranslation("assistance.detail." + key)
              + cn.linggong.shared.ui.Punctuation.colon(c)
              + value);
    }
    return String.join(cn.linggong.shared.ui.Punctuation.semicolon(c), parts);
  }

  private static boolean hasText(Component c, String key) {
    return !c.getTranslation(key).startsWith("!");
  }

  private static String translateOr(Component c, String key, String fallback) {
    return cn.linggong.shared.ui.ProcessTexts.orElse(c, key, fallback);
  }

  /** How assistance steps read on the timeline and beside a task, in the language of {@code c}. */
  static cn.linggong.casework.TimelineText<AssistanceStep> timeline(
      Component c,
      JobCategories categories,
      cn.linggong.identity.UserNames names,
      java.util.function.Function<Long, java.util.Optional<String>> posting) {
    return new cn.linggong.casework.TimelineText<>(
        AssistanceStep::doneAt,
        s ->
            c.getTranslation("assistance.step." + s.kind())
                + (s.kind() == AssistanceStep.Kind.REFERRAL
                        || s.kind() == AssistanceStep.Kind.REFERRAL_OUTCOME
                    ? " " + s.seq()
                    : ""),
        s -> describe(c, s, categories, posting),
        s -> names.of(c, s.doneBy()));
  }
}
