package cn.linggong.employer;

/**
 * Vocational skill levels (职业技能等级), lowest first: a posting asks for at least one, a worker holds
 * one. NONE: no certificate (posting: no requirement).
 */
public enum SkillLevel {
  NONE,
  JUNIOR,
  INTERMEDIATE,
  SENIOR,
  TECHNICIAN;

  public boolean satisfies(SkillLevel required) {
    return required == null || ordinal() >= required.ordinal();
  }

  public static SkillLevel parse(String value) {
    if (value == null || value.isBlank()) {
      return NONE;
    }
    return valueOf(value.trim());
  }
}
