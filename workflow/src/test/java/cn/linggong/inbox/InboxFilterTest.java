package cn.linggong.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the case-number search looks for: a number from its start, or a serial at its end. */
class InboxFilterTest {

  @Test
  void aNumberOrItsBeginningIsMatchedFromTheStartWhereTheIndexServesIt() {
    assertThat(InboxFilter.caseNumberSearch(" QX-2026-000123 ")).isEqualTo("QX-2026-000123%");
    assertThat(InboxFilter.caseNumberSearch("QX-2026")).isEqualTo("QX-2026%");
  }

  @Test
  void digitsAloneAreTheSerialAtTheNumbersEnd() {
    assertThat(InboxFilter.caseNumberSearch("123")).isEqualTo("%-000123");
    assertThat(InboxFilter.caseNumberSearch("000123")).isEqualTo("%-000123");
    assertThat(InboxFilter.caseNumberSearch("1234567")).isEqualTo("%-1234567");
  }

  @Test
  void wildcardsAreTakenOutAndNothingTypedIsNoFilter() {
    assertThat(InboxFilter.caseNumberSearch("QX%_2026")).isEqualTo("QX2026%");
    assertThat(InboxFilter.caseNumberSearch("%")).isNull();
    assertThat(InboxFilter.caseNumberSearch("  ")).isNull();
    assertThat(InboxFilter.caseNumberSearch(null)).isNull();
  }
}
