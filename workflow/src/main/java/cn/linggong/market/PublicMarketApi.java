package cn.linggong.market;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The published directory: no sign-in, markets in operation, personal phones masked. */
@RestController
@RequestMapping("/api/public/markets")
@Tag(name = "public", description = "公开信息 · published without sign-in")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PublicMarketApi {

  private final MarketPublication publication;

  @GetMapping
  @Operation(summary = "The gig markets in operation, with address, hours, job types and contacts")
  List<PublicMarket> inOperation(@RequestParam(required = false) String district, Locale locale) {
    return publication.inOperation(district, cn.linggong.shared.i18n.Languages.closest(locale));
  }
}
