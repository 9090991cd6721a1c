package cn.linggong.market;

import java.util.List;

/**
 * A market as the published directory shows it to anyone: where it is, when it is open, what work
 * it deals in and whom to call. A person's mobile is masked (the service hotline, a place's number,
 * is shown as it is unless it is a mobile).
 */
public record PublicMarket(
    long id,
    String name,
    Market.Kind kind,
    Market.Nature nature,
    String districtId,
    String districtName,
    String address,
    String openingHours,
    List<String> jobTypes,
    List<String> jobTypeNames,
    List<Market.Service> services,
    String serviceHotline,
    String contactName,
    String contactPhone,
    String complaintChannel,
    Market.Certification certification) {}
