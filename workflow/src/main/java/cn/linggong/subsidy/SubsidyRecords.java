package cn.linggong.subsidy;

import cn.linggong.casefile.CaseEvent;
import cn.linggong.casefile.CaseTimeline;
import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.NotFoundException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;

/**
 * The application's rows as the feature's services share them: finding one as a person may see it,
 * its items as the screens show them, the stage it is at and the timeline entry of each step.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SubsidyRecords {

  private final SubsidyApplicationMapper mapper;
  private final CaseTimeline timeline;

  SubsidyRow byNo(String applicationNo) {
    SubsidyRow row = mapper.findByNo(applicationNo);
    if (row == null) {
      throw new NotFoundException("subsidy.notFound", applicationNo);
    }
    return row;
  }

  SubsidyRow byId(long id) {
    SubsidyRow row = mapper.findById(id);
    if (row == null) {
      throw new NotFoundException("subsidy.notFound", String.valueOf(id));
    }
    return row;
  }

  SubsidyRow of(DelegateExecution execution) {
    return byId(((Number) execution.getVariable(SubsidyProcess.VAR_APPLICATION_ID)).longValue());
  }

  /** The application as this person may see it: a district user's own district only. */
  SubsidyRow visible(LinggongUser user, String applicationNo) {
    SubsidyRow row = mapper.findByNo(applicationNo);
    if (row == null || (!user.cityLevel() && !user.districtId().equals(row.districtId))) {
      throw new NotFoundException("subsidy.notFound", applicationNo);
    }
    return row;
  }

  List<SubsidyApplication.Item> items(SubsidyRow row) {
    return mapper.items(row.id).stream().map(SubsidyRecords::item).toList();
  }

  static SubsidyApplication.Item item(SubsidyApplicationMapper.ItemRow r) {
    return new SubsidyApplication.Item(
        SubsidyItem.valueOf(r.item),
        r.claimed,
        r.quoted,
        r.quoteRules == null || r.quoteRules.isBlank()
            ? List.of()
            : Arrays.stream(r.quoteRules.split(",")).map(SubsidyRules.Rule::valueOf).toList(),
        r.quoteRate,
        r.quoteCap,
        r.higherLevel,
        r.corrected,
        r.correctionReason,
        r.approved,
        r.higherOffset);
  }

  /** Keeps a quote beside each claimed item, with the rules that decided it. */
  void quoted(SubsidyRow row, SubsidyQuotes.Quote quote) {
    for (SubsidyRules.Quoted q : quote.items()) {
      mapper.quoteItem(
          row.id, q, q.rules().stream().map(Enum::name).collect(Collectors.joining(",")));
    }
  }

  void stage(SubsidyRow row, SubsidyApplication.Stage stage) {
    mapper.setStage(row.id, stage.name());
  }

  CaseEvent record(
      SubsidyRow row,
      String kind,
      String taskId,
      String outcome,
      Long documentId,
      Map<String, Object> details,
      String userId) {
    return timeline.record(
        row.ref(),
        new CaseEvent.Entry(kind, 1, taskId, outcome, null, documentId, details),
        userId);
  }

  List<CaseEvent> events(SubsidyRow row) {
    return timeline.of(row.ref());
  }
}
