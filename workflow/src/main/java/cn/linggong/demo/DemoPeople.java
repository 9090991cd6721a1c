package cn.linggong.demo;

import cn.linggong.shared.validation.CreditCodes;
import cn.linggong.shared.validation.ResidentIdNumbers;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Who lives in the demo city: names, valid resident ID numbers of the district's area code, mobile
 * numbers and unified social credit codes, each issued once, and the streets of each district.
 */
public final class DemoPeople {

  private static final List<String> SURNAMES =
      List.of(
          "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭",
          "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅",
          "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎");
  private static final List<String> WOMEN =
      List.of(
          "秀兰", "桂英", "秀英", "玉兰", "桂兰", "凤英", "秀珍", "丽娟", "海燕", "艳", "敏", "静", "丽", "娜", "霞", "红梅",
          "玉梅", "春花", "晓燕", "慧", "芳", "淑珍", "翠花", "雪梅", "素芳");
  private static final List<String> MEN =
      List.of(
          "建国", "建军", "国强", "志强", "伟", "强", "磊", "军", "勇", "杰", "涛", "明", "超", "斌", "刚", "平", "国庆",
          "卫东", "红旗", "海军", "长江", "振华", "德胜", "保国", "新民");

  /** A brand is two characters: one of each list (600 brands before a branch number is needed). */
  private static final List<String> BRAND_FIRST =
      List.of(
          "宏", "汴", "宋", "清", "鼎", "中", "恒", "金", "大", "东", "梁", "铁", "菊", "兴", "广", "顺", "安", "德",
          "惠", "鑫", "华", "盛", "永", "嘉", "瑞", "祥", "丰", "博", "泰", "隆");

  private static final List<String> BRAND_SECOND =
      List.of(
          "达", "梁", "都", "明", "盛", "原", "信", "源", "通", "居", "润", "民", "业", "华", "泰", "发", "联", "诚",
          "汇", "邦");
  private static final Map<String, List<String>> STREETS =
      Map.of(
          "kf-gulou", List.of("中山路", "书店街", "鼓楼街", "西司门街", "相国寺前街", "解放路"),
          "kf-longting", List.of("北道门大街", "午朝门路", "大兴街", "城西路", "宋都御街", "龙亭北路"),
          "kf-shunhe", List.of("清平南北街", "东大街", "苹果园路", "宋门关街"),
          "kf-yuwangtai", List.of("三里堡路", "繁塔西路", "汪屯路", "五一路"),
          "kf-xiangfu", List.of("城关镇新区大道", "陈留镇正街", "朱仙镇岳飞大道"));

  private final Random random;
  private final Map<String, String> areaCodes;
  private final Set<String> issued = new HashSet<>();
  private int serial;

  DemoPeople(Random random, Map<String, String> areaCodes) {
    this.random = random;
    this.areaCodes = areaCodes;
  }

  /** The districts the demo city has, in configuration order. */
  public List<String> districts() {
    return List.copyOf(areaCodes.keySet());
  }

  public String name(boolean female) {
    return pick(SURNAMES) + pick(female ? WOMEN : MEN);
  }

  /** A birth date between the ages of {@code youngest} and {@code oldest} on {@code today}. */
  public LocalDate birth(LocalDate today, int youngest, int oldest) {
    int days = (oldest - youngest) * 365;
    return today.minusYears(youngest).minusDays(random.nextInt(Math.max(1, days)));
  }

  /** A valid resident ID number of the district's area code, issued once. */
  public String idNumber(String districtId, LocalDate birth, boolean female) {
    String area = areaCodes.getOrDefault(districtId, "410200");
    while (true) {
      int sequence = random.nextInt(500) * 2 + (female ? 0 : 1);
      String first17 = area + birth.toString().replace("-", "") + String.format("%03d", sequence);
      String number = first17 + ResidentIdNumbers.checkCharacter(first17);
      if (issued.add(number)) {
        return number;
      }
    }
  }

  /** A mainland mobile number, issued once. */
  public String mobile() {
    while (true) {
      String number = "1" + pick(List.of("35", "37", "38", "39", "58", "59", "86", "87", "88"));
      number += String.format("%08d", random.nextInt(100_000_000));
      if (issued.add(number)) {
        return number;
      }
    }
  }

  /** A valid unified social credit code of an enterprise of the district, issued once. */
  public String creditCode(String districtId) {
    String area = areaCodes.getOrDefault(districtId, "410200");
    String first17 = "9" + "1" + area + "MA" + String.format("%07d", ++serial);
    return first17 + CreditCodes.checkCharacter(first17);
  }

  /** An enterprise's name: 开封市 + a brand + its trade, issued once. */
  public String companyName(String trade) {
    for (int attempt = 0; attempt < 50; attempt++) {
      String name = "开封市" + pick(BRAND_FIRST) + pick(BRAND_SECOND) + trade;
      if (issued.add(name)) {
        return name;
      }
    }
    // a large city: a branch of a firm already named
    String name = "开封市" + pick(BRAND_FIRST) + pick(BRAND_SECOND) + trade;
    for (int branch = 1; ; branch++) {
      String candidate = name + "第" + branch + "分公司";
      if (issued.add(candidate)) {
        return candidate;
      }
    }
  }

  /** A street address in the district. */
  public String address(String districtId, String districtName) {
    List<String> streets = STREETS.getOrDefault(districtId, List.of("人民路", "建设路", "文化路"));
    return "开封市" + districtName + pick(streets) + (1 + random.nextInt(199)) + "号";
  }

  private <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }
}
