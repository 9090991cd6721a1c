package cn.linggong.calendar;

/**
 * Published in the admin's transaction when a year's official arrangement (the State Council's
 * notice) is entered for a year that had none: every date computed from that year while it was
 * provisional must be computed again.
 */
public record OfficialYearEntered(int year, String source, String actor) {}
