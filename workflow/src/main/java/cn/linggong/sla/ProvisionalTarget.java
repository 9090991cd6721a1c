package cn.linggong.sla;

/**
 * A kind of thing whose date can come from a provisional year and be moved when the official
 * arrangement is entered: a user task's due date, a process timer, a complaint's statutory clock.
 * The feature that owns the thing provides one bean per kind; {@link ProvisionalRecomputation}
 * calls it for each date of that kind, inside the batch's transaction.
 */
public interface ProvisionalTarget {

  /** The {@code target_kind} this bean moves. */
  String kind();

  /**
   * Moves the target from the date it has to {@code computed} (a new value from the same start and
   * rule). Says whether it moved, what it is called on a timeline and who holds it.
   */
  Move move(ProvisionalDate date, TimeLimits.Reckoned computed);

  /** What became of a target. */
  enum Result {
    MOVED,
    UNCHANGED,
    GONE
  }

  /**
   * The outcome: {@code oldAt} as the target had it, {@code what} a name for timelines (a task's
   * name, a clock's key), {@code taskId} and {@code holder} (the user told by mail) when there are.
   */
  record Move(Result result, java.time.Instant oldAt, String what, String taskId, String holder) {

    public static Move gone() {
      return new Move(Result.GONE, null, null, null, null);
    }
  }
}
