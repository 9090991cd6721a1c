package cn.linggong.complaint;

import cn.linggong.casefile.CaseDocuments;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** At start, encrypts evidence files and letters stored before files were encrypted (V14). */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StoredFileEncryption implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(StoredFileEncryption.class);
  private static final int BATCH = 100;

  private final ComplaintRecords complaints;
  private final CaseDocuments documents;

  @Override
  public void run(ApplicationArguments args) {
    int evidence = 0;
    for (int n = complaints.encryptStoredEvidence(BATCH);
        n > 0;
        n = complaints.encryptStoredEvidence(BATCH)) {
      evidence += n;
    }
    int letters = 0;
    for (int n = documents.encryptStored(BATCH); n > 0; n = documents.encryptStored(BATCH)) {
      letters += n;
    }
    if (evidence + letters > 0) {
      log.info(
          "Encrypted {} evidence files and {} letters stored before files were encrypted",
          evidence,
          letters);
    }
  }
}
