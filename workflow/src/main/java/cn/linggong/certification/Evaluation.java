package cn.linggong.certification;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One annual performance evaluation (年度绩效评估) of a certified market.
 *
 * @param outcome QUALIFIED (合格, with its grade), RECTIFY (限期整改) or WITHDRAW (退出, for approval)
 * @param grade EXCELLENT (优秀), GOOD (良好) or PASS (合格) when qualified: what subsidies go by
 */
public record Evaluation(
    int sheetVersion,
    BigDecimal total,
    String exclusions,
    String outcome,
    String grade,
    String note,
    String evaluatedBy,
    Instant evaluatedAt) {}
