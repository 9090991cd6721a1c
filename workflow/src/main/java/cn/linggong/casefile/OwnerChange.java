package cn.linggong.casefile;

/** A supervisor's naming of another owner for a case: who, and why (kept on the timeline). */
public record OwnerChange(String owner, String reason) {}
