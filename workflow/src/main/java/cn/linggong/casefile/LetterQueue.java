package cn.linggong.casefile;

/**
 * Where letters wait to be made: a job of the process engine (engine.EngineLetterQueue), run by the
 * job executor of any node after the step's transaction commits, retried on failure.
 */
public interface LetterQueue {

  /**
   * Queues the making of a document in the caller's transaction.
   *
   * @param processInstanceId the case's process (for the incident's process and step), or null
   */
  Queued schedule(long documentId, String processInstanceId);

  /** The job, and the step of the process the case was at (null without a process). */
  record Queued(String jobId, String stepId) {}
}
