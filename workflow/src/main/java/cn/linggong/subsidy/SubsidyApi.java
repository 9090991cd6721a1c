package cn.linggong.subsidy;

import cn.linggong.identity.LinggongUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Subsidies for certified markets (零工市场补贴). */
@RestController
@RequestMapping("/api/subsidies")
@Tag(name = "subsidy", description = "零工市场补贴 · subsidies for certified markets")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SubsidyApi {

  private final SubsidyQuotes quotes;

  @PostMapping("/quote")
  @Operation(
      summary =
          "What a market would be paid for a year's claimed items: per item the rate, cap,"
              + " earlier approvals, the higher level's payment, the years used, the payable"
              + " amount and the rules that decided it (nothing is written)")
  SubsidyQuotes.Quote quote(LinggongUser user, @RequestBody SubsidyQuotes.Request request) {
    return quotes.quote(user, request);
  }
}
