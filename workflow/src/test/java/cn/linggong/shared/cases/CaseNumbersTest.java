package cn.linggong.shared.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A filing that is still going on (its transaction open) does not hold up the next filing's number:
 * each number is taken and committed on its own, in order, never twice.
 */
@SpringBootTest
class CaseNumbersTest {

  @Autowired CaseNumbers numbers;
  @Autowired TransactionTemplate transactions;

  @Test
  void aLongFilingDoesNotHoldTheCounterAndNoNumberIsGivenTwice() throws Exception {
    CountDownLatch numbered = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    CompletableFuture<String> longFiling =
        CompletableFuture.supplyAsync(
            () ->
                transactions.execute(
                    status -> {
                      String no = numbers.next("TST");
                      numbered.countDown();
                      try {
                        // the rest of a large filing: its transaction stays open meanwhile
                        finish.await(60, TimeUnit.SECONDS);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      return no;
                    }));
    assertThat(numbered.await(60, TimeUnit.SECONDS)).isTrue();

    // while the long filing is still open, another takes its number (it would wait for the lock
    // on the year's counter, and fail on the lock timeout, if the number were part of the filing)
    String next = transactions.execute(status -> numbers.next("TST"));
    finish.countDown();
    String first = longFiling.get(60, TimeUnit.SECONDS);

    assertThat(first).matches("TST-\\d{4}-000001");
    assertThat(next).matches("TST-\\d{4}-000002");
  }

  @Test
  void aNumberTakenByAFilingThatFailsIsNotGivenAgain() {
    String kept = transactions.execute(status -> numbers.next("TSU"));
    try {
      transactions.executeWithoutResult(
          status -> {
            numbers.next("TSU");
            throw new IllegalStateException("the filing fails after its number");
          });
    } catch (IllegalStateException expected) {
      // rolled back
    }
    String after = transactions.execute(status -> numbers.next("TSU"));
    assertThat(kept).endsWith("-000001");
    assertThat(after).endsWith("-000003");
  }
}
