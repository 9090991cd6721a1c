package cn.linggong.inbox;

import java.util.List;

/**
 * What a bulk action did: the tasks it changed, and each task it refused with the reason (a message
 * key and its arguments, in the reader's language on screen and over the API).
 */
public record BulkResult(List<String> done, List<Refusal> refused) {

  /** A task left as it was, and why. */
  public record Refusal(String taskId, String businessKey, String messageKey, List<Object> args) {}
}
