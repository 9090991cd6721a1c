package cn.linggong.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A gig market (零工市场) of the directory, as screens and the API show it: the fields the ministry
 * collects (人社部发〔2022〕38号) first, then what the city's documents add. The contact's phone is
 * masked; the service hotline is the market's public number.
 *
 * @param nameWarning the naming standard's warning (seed 001) for this name and kind, or null
 * @param version counts the record's changes; an update names the version it read
 */
public record Market(
    Long id,
    String name,
    NameKind nameKind,
    Nature nature,
    String address,
    Integer dailySeekers,
    List<String> jobTypes,
    Integer dailyHires,
    Kind kind,
    String districtId,
    Operation operation,
    String operatorName,
    String operatorCreditCode,
    boolean hrAgency,
    String hrLicenceNo,
    String legalRepresentative,
    String openingHours,
    String contactName,
    String contactPhoneMasked,
    String serviceHotline,
    String complaintChannel,
    BigDecimal floorArea,
    Integer staff,
    List<Service> services,
    List<Rule> rules,
    LocalDate openedOn,
    Status status,
    Certification certification,
    LocalDate certifiedSince,
    LocalDate certifiedUntil,
    String nameWarning,
    int version,
    Instant updatedAt,
    String updatedBy) {

  /** The record as a draft to change it (the contact phone blank: a change keeps it). */
  public MarketDraft asDraft() {
    return new MarketDraft(
        name,
        nameKind,
        nature,
        address,
        dailySeekers,
        jobTypes,
        dailyHires,
        kind,
        districtId,
        operation,
        operatorName,
        operatorCreditCode,
        hrAgency,
        hrLicenceNo,
        legalRepresentative,
        openingHours,
        contactName,
        "",
        serviceHotline,
        complaintChannel,
        floorArea,
        staff,
        services,
        rules,
        openedOn,
        status);
  }

  /** Where the name comes from: its own, the name people use for it, or its address. */
  public enum NameKind {
    OFFICIAL,
    CONVENTIONAL,
    ADDRESS
  }

  /** 运营性质: 公共 / 经营性 / 自发形成. */
  public enum Nature {
    PUBLIC,
    COMMERCIAL,
    SPONTANEOUS
  }

  /** 类型: 综合性 / 行业性·专业性 / 零工驿站 / 家门口就业服务站. */
  public enum Kind {
    COMPREHENSIVE,
    INDUSTRY,
    STATION,
    DOORSTEP
  }

  /** 运营方式: 人社部门自行运作 / 公共就业人才服务机构加挂牌子 / 委托社会力量运行. */
  public enum Operation {
    BUREAU,
    PUBLIC_AGENCY,
    ENTRUSTED
  }

  /** 即时快招 and Hunan's "1+6", with the basic functions 技能提升 and 劳动维权 of seed 001. */
  public enum Service {
    QUICK_HIRING,
    POLICY_CONSULTING,
    JOB_INTRODUCTION,
    CAREER_GUIDANCE,
    TRAINING_INFORMATION,
    HARDSHIP_ASSISTANCE,
    RIGHTS_GUIDANCE,
    SKILLS_IMPROVEMENT,
    RIGHTS_PROTECTION
  }

  /** The management rules a market publishes (seeds 001, 003). */
  public enum Rule {
    FIRST_CONTACT,
    TIME_LIMITED,
    ONE_TIME_NOTICE,
    SERVICE_COMMITMENT,
    WORK_LOGS
  }

  /** 运营中 / 暂停 / 已退出. */
  public enum Status {
    OPERATING,
    SUSPENDED,
    EXITED
  }

  /** 认定: none, 区级, 市级示范, 省级示范. */
  public enum Certification {
    NONE,
    DISTRICT,
    CITY,
    PROVINCE
  }
}
