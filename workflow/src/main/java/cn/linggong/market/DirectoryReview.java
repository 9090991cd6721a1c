package cn.linggong.market;

import java.time.Instant;

/**
 * The review of one district's directory for one period (a quarter: {@code 2026Q4}): started when
 * due, reviewed by a caseworker of the district, with the number of markets then listed.
 */
public record DirectoryReview(
    String districtId,
    String period,
    Instant startedAt,
    Instant reviewedAt,
    String reviewedBy,
    Integer markets,
    String note) {}
