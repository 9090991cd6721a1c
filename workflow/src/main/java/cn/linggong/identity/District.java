package cn.linggong.identity;

/** A district (区县): an engine tenant, by its id and name. */
public record District(String id, String name) {}
