package cn.linggong.certification;

import java.time.Instant;

/**
 * An application under public notice (公示) as anyone may read it: which market, where, what level,
 * and until when objections are taken. Nothing personal.
 */
public record PublicNotice(
    String applicationNo,
    String marketName,
    String districtName,
    String address,
    String operatorName,
    Certification.Level level,
    java.math.BigDecimal reviewScore,
    Instant from,
    Instant until) {}
