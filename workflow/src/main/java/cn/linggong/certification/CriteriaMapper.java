package cn.linggong.certification;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CriteriaMapper {

  /** A sheet's own row. */
  final class SheetRow {
    Long id;
    int version;
    String title;
    BigDecimal totalPoints;
    BigDecimal passMark;
    Instant inForceFrom;
    String createdBy;
  }

  /** One criterion with its area. */
  final class ItemRow {
    int areaOrder;
    String areaCode;
    String areaName;
    int itemOrder;
    String code;
    String text;
    BigDecimal points;
    String evidence;
  }

  /** One exclusion. */
  final class ExclusionRow {
    int itemOrder;
    String code;
    String text;
  }

  /** The version in force at a moment: the latest that came into force by then. */
  SheetRow inForceAt(@Param("at") Instant at);

  SheetRow byVersion(@Param("version") int version);

  SheetRow byId(@Param("id") long id);

  List<SheetRow> all();

  Integer latestVersion();

  List<ItemRow> items(@Param("sheetId") long sheetId);

  List<ExclusionRow> exclusions(@Param("sheetId") long sheetId);

  int insertSheet(SheetRow row);

  void insertItem(@Param("sheetId") long sheetId, @Param("i") ItemRow item);

  void insertExclusion(@Param("sheetId") long sheetId, @Param("e") ExclusionRow exclusion);
}
