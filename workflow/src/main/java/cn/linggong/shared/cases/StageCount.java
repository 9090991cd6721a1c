package cn.linggong.shared.cases;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How many open cases of a type stand at one stage (a supervisor's pipeline). */
public record StageCount(String stage, long count) {

  /**
   * Every open stage of a process in its order, with the counts found ({@code 0} where none);
   * {@code closed} is left out.
   */
  public static <S extends Enum<S>> List<StageCount> inOrder(
      List<StageCount> found, S[] stages, S closed) {
    Map<String, Long> counts =
        found.stream().collect(Collectors.toMap(StageCount::stage, StageCount::count));
    return Arrays.stream(stages)
        .filter(stage -> stage != closed)
        .map(stage -> new StageCount(stage.name(), counts.getOrDefault(stage.name(), 0L)))
        .toList();
  }
}
