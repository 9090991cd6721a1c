package cn.linggong.assistance;

/** A worker with the hardship facts, for the system's own rules; never shown as it is. */
public record WorkerProfile(Worker worker, HardshipFacts facts) {}
