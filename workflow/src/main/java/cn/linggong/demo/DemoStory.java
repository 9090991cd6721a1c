package cn.linggong.demo;

/**
 * One strand of the demo city: the registries, or the cases of one type. A new case type adds a
 * story bean in its own package; the generator plays every story on one timeline.
 */
public interface DemoStory {

  /** Stories begin in this order (the registries first): a case needs its people and postings. */
  int order();

  /** Of every hundred cases the city has, how many are this story's (0 for the registries). */
  int sharePercent();

  /**
   * Schedules this story's first events on the plan, for {@code cases} cases; each event may
   * schedule the next step of its case.
   */
  void begin(DemoPlan plan, int cases);
}
