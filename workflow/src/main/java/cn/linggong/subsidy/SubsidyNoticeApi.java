package cn.linggong.subsidy;

import cn.linggong.certification.CertificationNotices;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 公示: the subsidy amounts under public notice and objections to them, without sign-in. */
@RestController
@RequestMapping("/api/public/subsidy-notices")
@Tag(name = "public", description = "公开信息 · published without sign-in")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SubsidyNoticeApi {

  private final SubsidyNotices notices;

  @GetMapping
  @Operation(summary = "The markets' subsidies under public notice, item by item, with the period")
  List<SubsidyNotices.Published> published() {
    return notices.published();
  }

  @PostMapping("/{no}/objections")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Object to a subsidy under notice: text required, name and contact optional",
      description = "A few objections an hour from one address (429 above).")
  void object(
      @PathVariable String no, @RequestBody CertificationNotices.PublicObjection objection) {
    notices.objectPublicly(no, objection);
  }
}
