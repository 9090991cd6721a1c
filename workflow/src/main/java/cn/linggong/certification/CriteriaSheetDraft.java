package cn.linggong.certification;

import java.math.BigDecimal;
import java.util.List;

/** A new version of the criteria sheet as an admin writes it. */
@io.swagger.v3.oas.annotations.media.Schema(name = "CriteriaSheetDraft")
public record CriteriaSheetDraft(
    String title,
    BigDecimal totalPoints,
    BigDecimal passMark,
    List<AreaDraft> areas,
    List<ExclusionDraft> exclusions) {

  @io.swagger.v3.oas.annotations.media.Schema(name = "CriteriaAreaDraft")
  public record AreaDraft(String code, String name, List<CriterionDraft> criteria) {}

  @io.swagger.v3.oas.annotations.media.Schema(name = "CriterionDraft")
  public record CriterionDraft(String code, String text, BigDecimal points, String evidence) {}

  @io.swagger.v3.oas.annotations.media.Schema(name = "CriteriaExclusionDraft")
  public record ExclusionDraft(String code, String text) {}
}
