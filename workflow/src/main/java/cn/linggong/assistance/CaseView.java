package cn.linggong.assistance;

import cn.linggong.casefile.CaseDocument;
import cn.linggong.worker.Worker;
import java.util.List;

/**
 * A case at a glance: the worker's card (masked), progress through the package, every step, the
 * documents and what is open now.
 */
public record CaseView(
    AssistanceCase assistanceCase,
    Worker worker,
    Progress progress,
    List<AssistanceStep> timeline,
    List<CaseDocument> documents,
    List<cn.linggong.inbox.TaskDetails.OpenStep> openTasks) {

  /**
   * 指导 1/1 · 推荐 2/3 · 培训 0/1 · 安置 —.
   *
   * @param placement NONE, PROPOSED, APPROVED, REFUSED or NOT_PLACED
   */
  public record Progress(
      int guidance,
      int guidanceTotal,
      int referrals,
      int referralsTotal,
      int training,
      int trainingTotal,
      String placement) {}
}
