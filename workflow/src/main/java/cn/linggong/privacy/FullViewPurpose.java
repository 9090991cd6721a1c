package cn.linggong.privacy;

/** Why someone looks at personal data in full; {@link #OTHER} needs a written reason. */
public enum FullViewPurpose {
  /** 办理本人申请的业务 */
  CASE_HANDLING,
  /** 核验本人身份 */
  IDENTITY_CHECK,
  /** 出具文书或证明 */
  DOCUMENT,
  /** 向用人单位或其他部门核实 */
  VERIFICATION,
  /** 其他（须写明） */
  OTHER
}
