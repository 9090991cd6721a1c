package cn.linggong.subsidy;

import java.math.BigDecimal;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SubsidyMapper {

  BigDecimal approved(
      @Param("marketId") long marketId, @Param("item") String item, @Param("year") Integer year);

  /** Approved and set against a higher level's payment: what earlier approvals took of a cap. */
  BigDecimal counted(
      @Param("marketId") long marketId, @Param("item") String item, @Param("year") Integer year);

  BigDecimal offset(
      @Param("marketId") long marketId, @Param("item") String item, @Param("year") int year);

  BigDecimal higher(
      @Param("marketId") long marketId, @Param("item") String item, @Param("year") int year);

  Integer firstYear(@Param("marketId") long marketId);

  Integer lastYear(@Param("marketId") long marketId);
}
