package cn.linggong.shared.cases;

/** How many open cases of a type stand at one stage (a supervisor's pipeline). */
public record StageCount(String stage, long count) {}
