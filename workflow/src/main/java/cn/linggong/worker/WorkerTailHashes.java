package cn.linggong.worker;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** At start, gives workers registered before V13 the keyed hash of their number's last four. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WorkerTailHashes implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(WorkerTailHashes.class);
  private static final int BATCH = 500;

  private final WorkerRegistry registry;

  @Override
  public void run(ApplicationArguments args) {
    int total = 0;
    for (int done = registry.fillTailHashes(BATCH);
        done > 0;
        done = registry.fillTailHashes(BATCH)) {
      total += done;
    }
    if (total > 0) {
      log.info("Filled the ID tail hash of {} workers registered before it existed", total);
    }
  }
}
