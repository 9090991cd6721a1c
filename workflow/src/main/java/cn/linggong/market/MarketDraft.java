package cn.linggong.market;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A market's record as a caseworker or reviewer types it: to register a market, or all of it again
 * to change it. A blank contact phone on a change keeps the one registered (it is never shown in
 * full to be retyped). The district of a district user is their own.
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "MarketDraft")
@lombok.With
public record MarketDraft(
    String name,
    Market.NameKind nameKind,
    Market.Nature nature,
    String address,
    Integer dailySeekers,
    List<String> jobTypes,
    Integer dailyHires,
    Market.Kind kind,
    String districtId,
    Market.Operation operation,
    String operatorName,
    String operatorCreditCode,
    Boolean hrAgency,
    String hrLicenceNo,
    String legalRepresentative,
    String openingHours,
    String contactName,
    String contactPhone,
    String serviceHotline,
    String complaintChannel,
    BigDecimal floorArea,
    Integer staff,
    List<Market.Service> services,
    List<Market.Rule> rules,
    LocalDate openedOn,
    Market.Status status) {

  /** A change of a registered market: the version read, the whole record, and why where asked. */
  @io.swagger.v3.oas.annotations.media.Schema(name = "MarketUpdate")
  public record Update(Integer version, String reason, MarketDraft market) {}

  /** A certification recorded by a reviewer (level NONE ends one), with the version read. */
  @io.swagger.v3.oas.annotations.media.Schema(name = "MarketCertificationRecord")
  public record CertificationRecord(
      Integer version,
      Market.Certification certification,
      LocalDate since,
      LocalDate until,
      String reason) {}
}
