package cn.linggong.worker;

/**
 * A worker with the hardship facts and the birth date (derived from the decrypted ID number), for
 * the system's own rules (age, retirement); never shown as it is.
 */
public record WorkerProfile(Worker worker, HardshipFacts facts, java.time.LocalDate birthDate) {}
